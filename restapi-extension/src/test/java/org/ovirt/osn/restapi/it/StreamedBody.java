package org.ovirt.osn.restapi.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams a huge request body over a raw socket (with a {@code Content-Length}, or chunked) while it reads the
 * answer, so a server that refuses early is seen to do so: the answer arrives and the upload stops long before the
 * last byte. The body is generated, never held in the test's memory.
 */
final class StreamedBody {

    /** The answer's status line and body, and how many body bytes went out before the server answered or closed. */
    record Outcome(int status, String head, String body, long bytesSent) {
    }

    private StreamedBody() {
    }

    static Outcome post(String apiPath, String authorization, long size, boolean chunked) throws IOException {
        URI base = URI.create(Http.BASE);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            String head = "POST " + base.getPath() + "/api" + apiPath + " HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Authorization: " + authorization + "\r\n"
                    + "Accept: application/xml\r\nContent-Type: application/xml\r\nVersion: 4\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + size + "\r\n")
                    + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            Thread writer = new Thread(() -> write(out, size, chunked, sent), "streamed-body");
            writer.setDaemon(true);
            writer.start();
            String answer = readAnswer(socket.getInputStream());
            writer.interrupt();
            int status = answer.isEmpty() ? -1 : Integer.parseInt(answer.split(" ", 3)[1]);
            int split = answer.indexOf("\r\n\r\n");
            return new Outcome(status, split < 0 ? answer : answer.substring(0, split),
                    split < 0 ? "" : answer.substring(split + 4), sent.get());
        }
    }

    private static void write(OutputStream out, long size, boolean chunked, AtomicLong sent) {
        byte[] block = new byte[64 * 1024];
        Arrays.fill(block, (byte) 'a');
        byte[] open = "<network><name>".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(open, 0, block, 0, open.length);
        try {
            long left = size;
            boolean first = true;
            while (left > 0 && !Thread.currentThread().isInterrupted()) {
                int n = (int) Math.min(block.length, left);
                if (chunked) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(block, 0, n);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                if (first) {
                    Arrays.fill(block, 0, open.length, (byte) 'a');
                    first = false;
                }
                left -= n;
                sent.addAndGet(n);
            }
            if (chunked && left == 0) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException e) {
            // the server closed the connection after it answered: what an early refusal looks like
        }
    }

    /** Reads until the server closes or the answer's Content-Length is in. */
    private static String readAnswer(InputStream in) throws IOException {
        StringBuilder answer = new StringBuilder();
        byte[] buffer = new byte[8192];
        int n;
        try {
            while ((n = in.read(buffer)) > 0) {
                answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                if (complete(answer)) {
                    break;
                }
            }
        } catch (IOException e) {
            if (answer.isEmpty()) {
                throw e;
            }
        }
        return answer.toString();
    }

    private static boolean complete(StringBuilder answer) {
        int split = answer.indexOf("\r\n\r\n");
        if (split < 0) {
            return false;
        }
        String head = answer.substring(0, split).toLowerCase();
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return false;
        }
        int end = head.indexOf("\r\n", at);
        long length = Long.parseLong(head.substring(at + 15, end < 0 ? head.length() : end).trim());
        return answer.length() - split - 4 >= length;
    }
}
