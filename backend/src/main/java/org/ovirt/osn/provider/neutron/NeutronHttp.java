package org.ovirt.osn.provider.neutron;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.specimpl.AbstractBuiltResponse;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.health.ProviderCallKind;
import org.ovirt.osn.provider.health.ProviderCallMeter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one way this package talks HTTP, to Neutron and to Keystone alike: it sends a JSON call, reads the answer with
 * a size limit, and turns every failure into a {@link ProviderException} carrying the code, HTTP status,
 * "METHOD URL", the provider's error type and message, and the {@code X-Openstack-Request-Id}. Each call is counted,
 * by how it ended, and timed on the provider's {@link ProviderCallMeter}: this is the one place every call passes.
 *
 * <p>Stateless apart from the shared, thread-safe RESTEasy {@link Client}; safe for any number of threads.
 */
final class NeutronHttp {

    static final String REQUEST_ID_HEADER = "X-Openstack-Request-Id";
    /** The most of an error answer read: enough for any fault and its excerpt. */
    static final int ERROR_BODY_BYTES = 64 * 1024;

    private static final System.Logger LOG = System.getLogger(NeutronHttp.class.getName());

    private final Client client;
    private final ObjectMapper mapper;
    private final long maxResponseBytes;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    NeutronHttp(Client client, ObjectMapper mapper, long maxResponseBytes, Duration connectTimeout,
                Duration readTimeout) {
        this.client = client;
        this.mapper = mapper;
        this.maxResponseBytes = maxResponseBytes;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    /**
     * One HTTP call. Headers carry tokens and the body may carry a password, so {@link #toString()} shows neither.
     *
     * @param body serialised as JSON; null for none
     */
    record Call(ProviderFailures.Peer peer, String method, URI uri, Map<String, String> headers, Object body) {

        Call {
            headers = Map.copyOf(headers);
        }

        static Call get(URI uri) {
            return new Call(ProviderFailures.Peer.PROVIDER, "GET", uri, Map.of(), null);
        }

        static Call post(URI uri, Object body) {
            return new Call(ProviderFailures.Peer.PROVIDER, "POST", uri, Map.of(), body);
        }

        static Call put(URI uri, Object body) {
            return new Call(ProviderFailures.Peer.PROVIDER, "PUT", uri, Map.of(), body);
        }

        static Call delete(URI uri) {
            return new Call(ProviderFailures.Peer.PROVIDER, "DELETE", uri, Map.of(), null);
        }

        Call to(ProviderFailures.Peer other) {
            return new Call(other, method, uri, headers, body);
        }

        Call withHeader(String name, String value) {
            Map<String, String> more = new HashMap<>(headers);
            more.put(name, value);
            return new Call(peer, method, uri, more, body);
        }

        /** "METHOD URL", as failures report it; a user:password typed into the URL is masked. */
        String describe() {
            String shown = uri.toString();
            if (uri.getRawUserInfo() != null) {
                shown = shown.replace(uri.getRawUserInfo() + "@", "***@");
            }
            return method + " " + shown;
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /** A 2xx answer: its status, the parsed body (null for an empty one) and its headers. */
    record Reply<T>(int status, T body, Map<String, String> headers) {

        Reply {
            headers = Map.copyOf(headers);
        }

        /** The first value of a header, whatever its case; null when absent. */
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Executes the call and parses a 2xx answer as {@code type} (an empty 2xx answer gives a null body), counting
     * and timing it on {@code meter}.
     *
     * @throws ProviderException for every failure, including a non-2xx status and an answer that is not JSON of
     *                           that shape or is larger than the configured limit
     */
    <T> Reply<T> exchange(Call call, Class<T> type, ProviderCallMeter meter) {
        long started = meter.attemptStarted();
        ProviderCallKind outcome = null;
        try {
            Reply<T> reply = send(call, type, started);
            outcome = ProviderCallKind.SUCCESS;
            return reply;
        } catch (ProviderException e) {
            outcome = ProviderCallKind.of(e);
            throw e;
        } finally {
            meter.attemptEnded(started, outcome);
        }
    }

    private <T> Reply<T> send(Call call, Class<T> type, long started) {
        String request = call.describe();
        byte[] requestBody = serialize(call);
        Response response;
        try {
            Invocation.Builder builder = client.target(call.uri()).request(MediaType.APPLICATION_JSON_TYPE);
            call.headers().forEach(builder::header);
            response = requestBody == null
                    ? builder.method(call.method())
                    : builder.method(call.method(), Entity.entity(requestBody, MediaType.APPLICATION_JSON_TYPE));
        } catch (RuntimeException e) {
            // ProcessingException for anything on the wire; IllegalStateException once the client is closed
            ProviderException failure =
                    ProviderFailures.transport(call.peer(), request, e, connectTimeout, readTimeout);
            LOG.log(System.Logger.Level.DEBUG, "{0} failed: {1}", request, failure.getMessage());
            throw failure;
        }
        boolean drained = false;
        try {
            int status = response.getStatus();
            String requestId = response.getHeaderString(REQUEST_ID_HEADER);
            byte[] body = readLimited(call, response, status, requestId);
            // an error answer cut at its excerpt's length was not read to its end: the connection is not reusable
            drained = body.length < errorExcerptLimit(status);
            LOG.log(System.Logger.Level.DEBUG, "{0} -> {1} in {2} ms, {3} bytes, request id {4}", request, status,
                    (System.nanoTime() - started) / 1_000_000, body.length, requestId);
            if (status < 200 || status > 299) {
                throw ProviderFailures.status(call.peer(), request, status, requestId, body, mapper);
            }
            return new Reply<>(status, parse(request, status, requestId, body, type), headers(response));
        } finally {
            close(response, drained);
        }
    }

    private byte[] serialize(Call call) {
        if (call.body() == null) {
            return null;
        }
        try {
            return mapper.writeValueAsBytes(call.body());
        } catch (JsonProcessingException e) {
            // our own wire records always serialise; the message would name the record, not its values
            throw new IllegalStateException("Cannot serialise the body of " + call.describe(), e);
        }
    }

    /**
     * Reads the answer as a stream and stops at the limit, so a runaway provider cannot exhaust the heap. An error
     * answer (not 2xx) is only read for its excerpt: its first {@value #ERROR_BODY_BYTES} bytes at most, so that a
     * 500 with an endless body is still reported as the provider's failure, with its status, and not as an answer too
     * large to read.
     */
    private byte[] readLimited(Call call, Response response, int status, String requestId) {
        String request = call.describe();
        long errorLimit = errorExcerptLimit(status);
        if (errorLimit == Long.MAX_VALUE && response.getLength() > maxResponseBytes) {
            throw tooLarge(request, status, requestId);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(response.getLength(), 256));
        byte[] buffer = new byte[8192];
        long total = 0;
        try {
            InputStream in = response.readEntity(InputStream.class);
            if (in == null) {
                return new byte[0];
            }
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                if (total + n >= errorLimit) {
                    out.write(buffer, 0, (int) (errorLimit - total));
                    return out.toByteArray();
                }
                total += n;
                if (total > maxResponseBytes) {
                    throw tooLarge(request, status, requestId);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | ProcessingException e) {
            // the connection broke or timed out in the middle of the body
            ProviderException failure =
                    ProviderFailures.transport(call.peer(), request, e, connectTimeout, readTimeout);
            throw new ProviderException(failure.code(), failure.getMessage(), status, request, null, requestId, e);
        }
        return out.toByteArray();
    }

    /** How much of an answer with this status is read: all of a 2xx (up to the limit), an excerpt's worth else. */
    private long errorExcerptLimit(int status) {
        return status >= 200 && status <= 299 ? Long.MAX_VALUE : Math.min(ERROR_BODY_BYTES, maxResponseBytes + 1);
    }

    private ProviderException tooLarge(String request, int status, String requestId) {
        return ProviderFailures.badResponse(request, status, requestId,
                "The answer is larger than " + maxResponseBytes + " bytes ("
                        + NeutronClientHolder.MAX_RESPONSE_BYTES + ")");
    }

    private <T> T parse(String request, int status, String requestId, byte[] body, Class<T> type) {
        if (body.length == 0 || type == Void.class) {
            return null;
        }
        try {
            return mapper.readValue(body, type);
        } catch (JsonMappingException wrongShape) {
            // the path names fields, never values: a Keystone answer holds a token
            throw ProviderFailures.badResponse(request, status, requestId,
                    "The answer is JSON, but not of the expected shape (at "
                            + wrongShape.getPathReference() + ")");
        } catch (IOException notJson) {
            throw ProviderFailures.badResponse(request, status, requestId,
                    "The answer is not JSON: " + ProviderFailures.excerpt(body));
        }
    }

    private static Map<String, String> headers(Response response) {
        Map<String, String> headers = new HashMap<>();
        for (Map.Entry<String, List<String>> header : response.getStringHeaders().entrySet()) {
            if (!header.getValue().isEmpty()) {
                headers.putIfAbsent(header.getKey().toLowerCase(Locale.ROOT), header.getValue().get(0));
            }
        }
        return headers;
    }

    /**
     * A fully read answer gives its connection back to the pool. One we stopped reading (too large, broken) must
     * not: closing it normally would drain the rest of the body first, so the connection is dropped instead.
     */
    private static void close(Response response, boolean drained) {
        try {
            if (!drained && response instanceof AbstractBuiltResponse built) {
                built.releaseConnection(false);
            }
            response.close();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Closing a provider answer failed: {0}", e.toString());
        }
    }
}
