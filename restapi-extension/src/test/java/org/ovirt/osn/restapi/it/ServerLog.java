package org.ovirt.osn.restapi.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The test server's log, to prove what it does not contain. */
final class ServerLog {

    private ServerLog() {
    }

    static boolean contains(String text) {
        Path log = Path.of(System.getProperty("jboss.home", "target/server"), "standalone", "log", "server.log");
        try {
            return Files.readString(log, StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + log, e);
        }
    }
}
