package org.ovirt.osn.restapi.it;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The used heap of the WildFly the tests run against, read with the JDK's {@code jcmd} ({@code GC.heap_info}). The
 * server is found among this machine's processes by its port offset, so other test servers on the machine are not
 * mistaken for it.
 */
final class ServerHeap {

    private static final Pattern USED = Pattern.compile("total \\d+K, used (\\d+)K");

    private final long pid;
    private final Path jcmd;

    private ServerHeap(long pid) {
        this.pid = pid;
        this.jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd");
    }

    static ServerHeap ofTestServer() {
        int offset = URI.create(Http.BASE).getPort() - 8080;
        String marker = "-Djboss.socket.binding.port-offset=" + offset;
        long pid = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules") && c.contains(marker))
                        .orElse(false))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No WildFly with " + marker + " on this machine"))
                .pid();
        return new ServerHeap(pid);
    }

    /** Used heap in MB after a full collection, so garbage left by earlier requests does not count. */
    long usedAfterGcMb() {
        run("GC.run");
        return usedMb();
    }

    /** Used heap in MB as it is now, garbage included. */
    long usedMb() {
        String info = run("GC.heap_info");
        Matcher m = USED.matcher(info);
        if (!m.find()) {
            throw new AssertionError("Cannot read the used heap from: " + info);
        }
        return Long.parseLong(m.group(1)) / 1024;
    }

    private String run(String command) {
        try {
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("jcmd " + command + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("jcmd " + command + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
