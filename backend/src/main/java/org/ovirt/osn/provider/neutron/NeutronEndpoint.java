package org.ovirt.osn.provider.neutron;

import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.health.ProviderCallMeter;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * One provider's Neutron v2.0 API: its root URL and the authenticated call. Authenticated calls carry
 * {@code X-Auth-Token}; when the provider answers 401 the token is dropped and the call is repeated exactly once with
 * a fresh one, so a second 401 is the caller's failure, never a loop. ovirt-provider-ovn answers a token it no longer
 * accepts with 403, not 401, so a 403 gets the same one repetition, but only once per token: a 403 that a fresh token
 * gets too is a real refusal, and that token's later 403s are not retried (see {@link KeystoneTokenSource}). Every
 * call goes through the provider's {@link ProviderCallLimit}, and its outcome, after those repetitions, is the
 * provider's last success or failure on its {@link ProviderCallMeter}. Thread-safe and cheap: a proxy makes one per provider
 * configuration.
 */
final class NeutronEndpoint {

    static final String AUTH_TOKEN_HEADER = "X-Auth-Token";

    private static final System.Logger LOG = System.getLogger(NeutronEndpoint.class.getName());

    private final String providerName;
    /** The configured URL without trailing slashes and without a {@code /v2.0} an admin may have typed. */
    private final String base;
    private final NeutronHttp http;
    private final KeystoneTokenSource tokens;
    private final ProviderCallLimit limit;
    private final ProviderCallMeter meter;

    /** @param tokens null when the provider does not require authentication */
    NeutronEndpoint(String providerName, String url, NeutronHttp http, KeystoneTokenSource tokens,
                    ProviderCallLimit limit, ProviderCallMeter meter) {
        this.providerName = providerName;
        this.base = url == null ? "" : url.strip().replaceAll("/+$", "").replaceAll("/v2\\.0$", "");
        this.http = http;
        this.tokens = tokens;
        this.limit = limit;
        this.meter = meter;
    }

    String providerName() {
        return providerName;
    }

    boolean authenticated() {
        return tokens != null;
    }

    /**
     * Authenticates anew (see {@link KeystoneTokenSource#renew}); counted as a call of the provider like any other.
     *
     * @throws IllegalStateException when the provider does not require authentication
     */
    KeystoneToken renewToken() {
        if (tokens == null) {
            throw new IllegalStateException("provider " + providerName + " does not authenticate");
        }
        KeystoneToken token;
        try {
            token = tokens.renew();
        } catch (ProviderException e) {
            meter.callFailed(e);
            throw e;
        }
        meter.callSucceeded();
        return token;
    }

    /** The provider's root, {@code {url}/}, where Neutron lists its API versions. */
    URI root() {
        return ProviderUrls.join(base, "/", "provider URL");
    }

    /**
     * {@code {url}/v2.0/} followed by {@code path}. The URL may end in a slash, and admins sometimes include the
     * {@code /v2.0} themselves.
     *
     * @param path e.g. {@code ""} for the API root, {@code "ports?device_id=…"}; already encoded
     */
    URI uri(String path) {
        return ProviderUrls.join(base, "/v2.0/" + path, "provider URL");
    }

    /** {@code collection/id}, the id percent-encoded so that no id can reach another path. */
    URI item(String collection, String id) {
        return uri(collection + "/" + segment(id));
    }

    /**
     * {@code ?k=v&…} for the members that have a value, encoded, a key repeated for each of its values; the empty
     * string when none has.
     */
    static String query(Map<String, List<String>> parameters) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((key, values) -> {
            if (values != null) {
                for (String value : values) {
                    if (value != null) {
                        query.add(URLEncoder.encode(key, StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(value, StandardCharsets.UTF_8));
                    }
                }
            }
        });
        return query.toString();
    }

    private static String segment(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An id is required");
        }
        // URLEncoder is for forms: a space would become '+', which a path keeps literally
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Sends the call and returns the member of the answer that {@code member} picks (e.g. {@code One::port}).
     *
     * @throws ProviderException for every failure, BAD_RESPONSE when the answer lacks that member
     */
    <T, R> R fetch(NeutronHttp.Call call, Class<T> type, Function<T, R> member, String memberName) {
        NeutronHttp.Reply<T> reply = send(call, type);
        R value = reply.body() == null ? null : member.apply(reply.body());
        if (value == null) {
            throw ProviderFailures.badResponse(call.describe(), reply.status(),
                    reply.header(NeutronHttp.REQUEST_ID_HEADER),
                    "The provider's answer has no '" + memberName + "'");
        }
        return value;
    }

    /**
     * Sends a DELETE.
     *
     * @return false when the provider says the resource does not exist (see {@link #isGone})
     */
    boolean delete(URI uri) {
        try {
            send(NeutronHttp.Call.delete(uri), Void.class);
            return true;
        } catch (ProviderException e) {
            if (isGone(e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * A 404 in the provider's own error shape (Neutron's {@code PortNotFound}, ovirt-provider-ovn's "Not Found"):
     * the resource does not exist. A 404 without one (an HTML page of a proxy in front of a wrongly configured URL)
     * says nothing about the resource, so it stays a failure.
     */
    static boolean isGone(ProviderException e) {
        return e.code() == ProviderErrorCode.NOT_FOUND && e.providerErrorType() != null;
    }

    <T> NeutronHttp.Reply<T> send(NeutronHttp.Call call, Class<T> type) {
        NeutronHttp.Reply<T> reply;
        try {
            reply = authenticatedSend(call, type);
        } catch (ProviderException e) {
            meter.callFailed(e);
            throw e;
        }
        meter.callSucceeded();
        return reply;
    }

    private <T> NeutronHttp.Reply<T> authenticatedSend(NeutronHttp.Call call, Class<T> type) {
        if (tokens == null) {
            try {
                return exchange(call, type);
            } catch (ProviderException e) {
                if (e.httpStatus() == 401) {
                    throw ProviderFailures.reword(e, ProviderFailures.sentence(e.getMessage())
                            + " The provider requires authentication, but none is configured for it.");
                }
                throw e;
            }
        }
        String token = tokens.token();
        try {
            return exchange(call.withHeader(AUTH_TOKEN_HEADER, token), type);
        } catch (ProviderException e) {
            if (e.httpStatus() == 401) {
                LOG.log(System.Logger.Level.INFO, "Provider {0} rejected its token on {1}; authenticating again, once",
                        providerName, call.describe());
                tokens.invalidate(token);
                return exchange(call.withHeader(AUTH_TOKEN_HEADER, tokens.token()), type);
            }
            if (e.httpStatus() == 403 && tokens.invalidateForbidden(token)) {
                LOG.log(System.Logger.Level.INFO, "Provider {0} answered 403 to its token on {1}; authenticating"
                        + " again, once for this token", providerName, call.describe());
                String fresh = tokens.token();
                try {
                    return exchange(call.withHeader(AUTH_TOKEN_HEADER, fresh), type);
                } catch (ProviderException again) {
                    if (again.httpStatus() == 403) {
                        tokens.forbiddenDespiteFreshToken(fresh);
                    }
                    throw again;
                }
            }
            throw e;
        }
    }

    private <T> NeutronHttp.Reply<T> exchange(NeutronHttp.Call call, Class<T> type) {
        return limit.call(call, () -> http.exchange(call, type, meter));
    }
}
