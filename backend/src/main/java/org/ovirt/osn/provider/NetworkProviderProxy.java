package org.ovirt.osn.provider;

/**
 * Talks to one network provider in engine terms; the provider's wire format stays behind this interface.
 *
 * <p>Lifecycle and threads: a proxy is created by its {@link NetworkProviderProxyFactory} for one provider
 * configuration and may be shared by any number of threads. It holds no per-call state; what it caches (an
 * authentication token, pooled connections) is safe for concurrent use. A changed provider configuration means a new
 * proxy.
 *
 * <p>Every failure surfaces as a {@link ProviderException}.
 */
public interface NetworkProviderProxy {

    /**
     * Checks that the provider answers as a Neutron v2.0 API, authenticating first when the provider requires it.
     *
     * @throws ProviderException naming the cause: connection, timeout, TLS, authentication or a non-Neutron answer
     */
    void testConnection();

    /**
     * The certificate chain the provider's TLS endpoint presents, whether or not it is trusted yet, so that an admin
     * can approve one for import.
     *
     * @throws ProviderException naming the cause when the URL is not https or the endpoint cannot be reached
     */
    java.util.List<ProviderCertificate> certificateChain();
}
