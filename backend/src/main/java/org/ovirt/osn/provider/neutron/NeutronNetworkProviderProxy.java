package org.ovirt.osn.provider.neutron;

import com.fasterxml.jackson.databind.JsonNode;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.ProviderCertificate;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

import java.net.URI;
import java.util.List;

/**
 * {@link NetworkProviderProxy} for anything that speaks the Neutron v2.0 API: OpenStack Neutron and ovirt-provider-ovn.
 *
 * <p>Created by {@link NeutronNetworkProviderProxyFactory} or {@link ExternalNetworkProviderProxyFactory} for one
 * provider configuration. It keeps no per-call state, so one instance may serve any number of threads; the HTTP
 * connection pool and the Keystone token it uses belong to {@link NeutronClientHolder} and are shared with every
 * other proxy of the same configuration.
 *
 * <p>Authenticated calls carry {@code X-Auth-Token}. When the provider answers 401 the token is dropped and the call
 * is repeated exactly once with a fresh one; a second 401 is the caller's failure, never a loop.
 */
public final class NeutronNetworkProviderProxy implements NetworkProviderProxy {

    static final String AUTH_TOKEN_HEADER = "X-Auth-Token";
    static final String NOT_NEUTRON = "The provider does not answer as a Neutron v2.0 API: ";

    private static final System.Logger LOG = System.getLogger(NeutronNetworkProviderProxy.class.getName());

    private final String providerName;
    private final String url;
    private final NeutronHttp http;
    private final KeystoneTokenSource tokens;

    /** @param tokens null when the provider does not require authentication */
    NeutronNetworkProviderProxy(NetworkProvider provider, NeutronHttp http, KeystoneTokenSource tokens) {
        this.providerName = provider.name();
        this.url = provider.url();
        this.http = http;
        this.tokens = tokens;
    }

    @Override
    public void testConnection() {
        NeutronHttp.Call call = NeutronHttp.Call.get(apiRoot());
        NeutronHttp.Reply<JsonNode> reply;
        try {
            reply = send(call, JsonNode.class);
        } catch (ProviderException e) {
            if (e.code() == ProviderErrorCode.BAD_RESPONSE) {
                throw ProviderFailures.reword(e, NOT_NEUTRON + e.getMessage());
            }
            throw e;
        }
        JsonNode root = reply.body();
        // Neutron lists its resources; ovirt-provider-ovn lists API versions instead
        boolean neutron = root != null && root.isObject()
                && (root.path("resources").isArray() || root.path("versions").isArray());
        if (!neutron) {
            throw ProviderFailures.badResponse(call.describe(), reply.status(),
                    reply.header(NeutronHttp.REQUEST_ID_HEADER),
                    NOT_NEUTRON + "the answer has neither a 'resources' nor a 'versions' list");
        }
    }

    @Override
    public List<ProviderCertificate> certificateChain() {
        return ProviderCertificateChains.fetch(url);
    }

    /**
     * {@code {url}/v2.0/}. The URL may end in a slash, and admins sometimes include the {@code /v2.0} themselves.
     */
    private URI apiRoot() {
        String base = url == null ? "" : url.strip().replaceAll("/+$", "").replaceAll("/v2\\.0$", "");
        return ProviderUrls.join(base, "/v2.0/", "provider URL");
    }

    private <T> NeutronHttp.Reply<T> send(NeutronHttp.Call call, Class<T> type) {
        if (tokens == null) {
            try {
                return http.exchange(call, type);
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
            return http.exchange(call.withHeader(AUTH_TOKEN_HEADER, token), type);
        } catch (ProviderException e) {
            if (e.httpStatus() != 401) {
                throw e;
            }
            LOG.log(System.Logger.Level.INFO, "Provider {0} rejected its token on {1}; authenticating again, once",
                    providerName, call.describe());
            tokens.invalidate(token);
            return http.exchange(call.withHeader(AUTH_TOKEN_HEADER, tokens.token()), type);
        }
    }

    @Override
    public String toString() {
        return "NeutronNetworkProviderProxy[" + providerName + ", " + url + ", "
                + (tokens == null ? "no authentication" : "Keystone") + "]";
    }
}
