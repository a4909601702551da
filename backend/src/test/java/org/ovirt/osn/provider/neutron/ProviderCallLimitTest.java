package org.ovirt.osn.provider.neutron;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Which failed calls {@link ProviderCallLimit} repeats: those that never reached the provider (refused, reset, closed
 * before an answer), and only for methods whose repetition cannot do more than one attempt could; never a POST,
 * never a timeout or an answer.
 */
class ProviderCallLimitTest {

    private static final URI PORTS = URI.create("http://127.0.0.1:9/v2.0/ports");

    private final ProviderCallLimit limit = new ProviderCallLimit("p", 2, Duration.ofSeconds(1));

    private static ProviderException connection(Throwable cause) {
        return new ProviderException(ProviderErrorCode.CONNECTION, "Could not reach the provider: "
                + cause.getMessage(), PORTS.toString(), cause);
    }

    private static NeutronHttp.Call call(String method) {
        return switch (method) {
            case "GET" -> NeutronHttp.Call.get(PORTS);
            case "PUT" -> NeutronHttp.Call.put(PORTS, "{}");
            case "DELETE" -> NeutronHttp.Call.delete(PORTS);
            default -> NeutronHttp.Call.post(PORTS, "{}");
        };
    }

    /** @return attempts made when the first {@code failures} attempts fail with {@code failure} */
    private int attempts(String method, int failures, ProviderException failure) {
        AtomicInteger attempts = new AtomicInteger();
        try {
            limit.call(call(method), () -> {
                if (attempts.incrementAndGet() <= failures) {
                    throw failure;
                }
                return "answer";
            });
        } catch (ProviderException e) {
            assertSame(failure, e, "the last attempt's failure, as it was");
        }
        return attempts.get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "DELETE"})
    void shouldRepeatARefusedOrResetCallWhoseRepetitionIsHarmless(String method) {
        assertEquals(2, attempts(method, 1, connection(new ConnectException("Connection refused"))));
        assertEquals(3, attempts(method, 2, connection(new SocketException("Connection reset"))));
        assertEquals(1 + ProviderCallLimit.RETRIES, attempts(method, 10,
                connection(new ConnectException("Connection refused"))), "and gives up after its retries");
    }

    @Test
    void shouldNeverRepeatAPostThatMayHaveCreatedSomething() {
        assertEquals(1, attempts("POST", 1, connection(new ConnectException("Connection refused"))));
        assertEquals(1, attempts("POST", 1, connection(new SocketException("Connection reset"))));
    }

    @Test
    void shouldNotRepeatATimeoutNorAnAnswerEvenForAGet() {
        assertEquals(1, attempts("GET", 1, new ProviderException(ProviderErrorCode.TIMEOUT, "no answer in 30 s",
                PORTS.toString(), new SocketTimeoutException("Read timed out"))));
        assertEquals(1, attempts("GET", 1, new ProviderException(ProviderErrorCode.PROVIDER_ERROR, "HTTP 500", 500,
                PORTS.toString(), null, null, null)));
        assertEquals(1, attempts("GET", 1, connection(new SocketException("Network is unreachable"))));
    }

    @Test
    void shouldFailAsATimeoutNamingTheLimitWhenNoPermitComesInTime() throws Exception {
        ProviderCallLimit one = new ProviderCallLimit("p", 1, Duration.ofMillis(100));
        java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread holder = new Thread(() -> one.call(call("GET"), () -> {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "held";
        }));
        holder.start();
        holding.await();
        try {
            ProviderException e = assertThrows(ProviderException.class, () -> one.call(call("GET"), () -> "late"));
            assertEquals(ProviderErrorCode.TIMEOUT, e.code());
            assertEquals(true, e.getMessage().contains("1 concurrent calls"), e.getMessage());
        } finally {
            release.countDown();
            holder.join();
        }
        assertEquals("free again", one.call(call("GET"), () -> "free again"));
    }
}
