package org.ovirt.osn.provider.neutron;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns what can go wrong on a provider call (a transport exception, an error status with whatever body the provider
 * chose) into a {@link ProviderException}. Messages carry the provider's own words but never a request body or
 * header, so neither a password nor a token can leak through them.
 */
final class ProviderFailures {

    private static final int EXCERPT_LENGTH = 200;
    private static final int PROVIDER_MESSAGE_LENGTH = 500;

    private ProviderFailures() {
    }

    /** Who was called, as failure messages name it. */
    enum Peer {
        PROVIDER("The provider", "the provider"),
        KEYSTONE("Keystone", "Keystone");

        private final String subject;
        private final String object;

        Peer(String subject, String object) {
            this.subject = subject;
            this.object = object;
        }
    }

    /** The call never got an answer: connection, timeout or TLS trouble. */
    static ProviderException transport(Peer peer, String request, Throwable failure, Duration connectTimeout,
                                       Duration readTimeout) {
        List<Throwable> chain = causes(failure);
        Throwable root = chain.get(chain.size() - 1);
        for (Throwable t : chain) {
            if (t instanceof SSLException) {
                return new ProviderException(ProviderErrorCode.TLS, "TLS with " + peer.object + " failed: "
                        + sentence(text(t)) + " " + tlsHint(chain), request, failure);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof InterruptedIOException) {
                // Apache's ConnectTimeoutException and ConnectionPoolTimeoutException are InterruptedIOExceptions
                // too; a plain SocketTimeoutException is the read timeout
                String what = t.getClass() == SocketTimeoutException.class
                        ? peer.subject + " did not answer within " + readTimeout.toSeconds() + " s"
                        : "Could not connect to " + peer.object + " within " + connectTimeout.toSeconds() + " s";
                return new ProviderException(ProviderErrorCode.TIMEOUT, what + " (" + text(t) + ")", request, failure);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof UnknownHostException) {
                return new ProviderException(ProviderErrorCode.CONNECTION,
                        "Unknown host " + t.getMessage() + " in the URL of " + peer.object, request, failure);
            }
        }
        return new ProviderException(ProviderErrorCode.CONNECTION, "Could not reach " + peer.object + ": " + text(root),
                request, failure);
    }

    /** The provider answered with a status that is not 2xx. */
    static ProviderException status(Peer peer, String request, int status, String requestId, byte[] body,
                                    ObjectMapper mapper) {
        ProviderErrorCode code = switch (status) {
            case 400 -> ProviderErrorCode.BAD_REQUEST;
            case 401, 403 -> ProviderErrorCode.AUTHENTICATION;
            case 404 -> ProviderErrorCode.NOT_FOUND;
            case 409 -> ProviderErrorCode.CONFLICT;
            default -> ProviderErrorCode.PROVIDER_ERROR;
        };
        String summary = switch (status) {
            case 400 -> peer.subject + " refused the request as invalid";
            case 401 -> peer.subject + " refused the request as unauthenticated";
            case 403 -> peer.subject + " does not permit this request";
            case 404 -> peer.subject + " has no such resource";
            case 409 -> peer.subject + " refused the request as conflicting with its state";
            default -> status >= 500 ? peer.subject + " failed with HTTP " + status
                    : peer.subject + " gave an unexpected answer, HTTP " + status;
        };
        ErrorBody error = errorBody(body, mapper);
        String message = error.message() == null ? summary : summary + ": " + error.message();
        return new ProviderException(code, message, status, request, error.type(), requestId, null);
    }

    /** The peer answered 2xx, but not with what it should have sent. */
    static ProviderException badResponse(String request, int status, String requestId, String what) {
        return new ProviderException(ProviderErrorCode.BAD_RESPONSE, what, status, request, null, requestId, null);
    }

    /**
     * The API root ({@code GET …/v2.0/}) answered 404: whatever serves that URL, it is no Neutron v2.0 API (a Neutron
     * always has its root), so "no such resource" would send the admin looking for an object that was never asked.
     */
    static ProviderException notNeutronApi(ProviderException notFound) {
        return new ProviderException(ProviderErrorCode.BAD_RESPONSE, "The URL does not lead to a Neutron v2.0 API: "
                + notFound.request() + " answered HTTP " + notFound.httpStatus() + " (not found), and a Neutron"
                + " answers its API root; use the URL of the Neutron endpoint itself, without /v2.0.",
                notFound.httpStatus(), notFound.request(), notFound.providerErrorType(), notFound.requestId(),
                notFound);
    }

    /** The same failure with a message that says more about its context (e.g. which Keystone and user). */
    static ProviderException reword(ProviderException e, String message) {
        return new ProviderException(e.code(), message, e.httpStatus(), e.request(), e.providerErrorType(),
                e.requestId(), e);
    }

    /** A short, single-line, tag-free piece of a body that is not JSON (an HTML error page, a proxy's text). */
    static String excerpt(byte[] body) {
        int length = Math.min(body.length, 4 * EXCERPT_LENGTH);
        String text = new String(body, 0, length, StandardCharsets.UTF_8)
                .replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("<[^>]*>", " ")
                .replaceAll("[\\p{Cntrl}\\s]+", " ")
                .strip();
        return text.length() > EXCERPT_LENGTH ? text.substring(0, EXCERPT_LENGTH) + "…" : text;
    }

    private record ErrorBody(String type, String message) {
    }

    /**
     * Understands {@code {"NeutronError":{type,message,detail}}}, the {@code {"error":{message,code,title}}} of
     * ovirt-provider-ovn and Keystone, any other single-member object holding a {@code message} (Keystone v2.0's
     * {@code identityFault}, {@code unauthorized}), and falls back to an excerpt of whatever else came.
     */
    private static ErrorBody errorBody(byte[] body, ObjectMapper mapper) {
        if (body.length == 0) {
            return new ErrorBody(null, null);
        }
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException notJson) {
            return new ErrorBody(null, emptyToNull(excerpt(body)));
        }
        if (root != null && root.isObject() && root.size() == 1) {
            Map.Entry<String, JsonNode> member = root.properties().iterator().next();
            JsonNode inner = member.getValue();
            if (inner.isObject() && inner.hasNonNull("message")) {
                String type = firstText(inner, "type", "title");
                if (type == null && !"error".equals(member.getKey())) {
                    type = member.getKey();
                }
                String message = inner.get("message").asText();
                String detail = firstText(inner, "detail");
                if (detail != null && !message.contains(detail)) {
                    message = message + " (" + detail + ")";
                }
                return new ErrorBody(type, shorten(message));
            }
        }
        return new ErrorBody(null, emptyToNull(excerpt(body)));
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && value.isValueNode() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }

    private static String shorten(String message) {
        String line = message.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return line.length() > PROVIDER_MESSAGE_LENGTH ? line.substring(0, PROVIDER_MESSAGE_LENGTH) + "…" : line;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** What an admin can do about it depends on why the handshake failed. */
    private static String tlsHint(List<Throwable> chain) {
        for (Throwable t : chain) {
            if (t instanceof ProviderCertificateRefusal refusal) {
                return refusal.hint();
            }
            if (t instanceof SSLPeerUnverifiedException) {
                return "The certificate does not name the host of the URL; use a host name the certificate names.";
            }
            if (t instanceof CertificateException || t instanceof CertPathBuilderException
                    || t instanceof CertPathValidatorException) {
                return "If the certificate is signed by a CA of its own, add that CA certificate to the trust store ("
                        + NeutronClientHolder.TRUSTSTORE + ").";
            }
        }
        return "Does it speak https on that port?";
    }

    /** Ends a message with a period, so that more can follow it. */
    static String sentence(String message) {
        String s = message.strip();
        return s.endsWith(".") ? s : s + ".";
    }

    private static String text(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
