package org.ovirt.osn.restapi.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The test server's log, to prove what it does (not) contain. */
final class ServerLog {

    private ServerLog() {
    }

    static boolean contains(String text) {
        return text().contains(text);
    }

    /** How often the text stands in the log, e.g. how many times the server has finished booting. */
    static int count(String text) {
        String log = text();
        int count = 0;
        for (int at = log.indexOf(text); at >= 0; at = log.indexOf(text, at + text.length())) {
            count++;
        }
        return count;
    }

    /** The whole log; a test takes {@code text().length()} before it acts and reads what came after. */
    static String text() {
        // the PostgreSQL pass runs on a copy of standalone/ of its own
        Path base = Path.of(System.getProperty("osn.it.server.base.dir",
                Path.of(System.getProperty("jboss.home", "target/server"), "standalone").toString()));
        Path log = base.resolve("log").resolve("server.log");
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + log, e);
        }
    }
}
