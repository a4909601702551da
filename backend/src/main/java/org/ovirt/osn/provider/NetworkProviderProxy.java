package org.ovirt.osn.provider;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Talks to one network provider in engine terms; the provider's wire format stays behind this interface.
 *
 * <p>Lifecycle and threads: a proxy is created by its {@link NetworkProviderProxyFactory} for one provider
 * configuration and may be shared by any number of threads. It holds no per-call state; what it caches (an
 * authentication token, pooled connections, the provider's {@link #capabilities()}) is safe for concurrent use and
 * shared with the other proxies of the same provider. A changed provider configuration means a new proxy.
 *
 * <p>Lists come as lazily paged streams: the call itself fetches the first page (so an unreachable provider fails
 * there), further pages are fetched while the stream is consumed, and at most one page of wire data is held at a
 * time. A stream holds no connection between pages, needs no closing, and fetches nothing more once its consumer
 * stops. Where the provider cannot page, the whole list is one page. The page size is a setting of the
 * implementation.
 *
 * <p>Every failure surfaces as a {@link ProviderException}, also from a stream while it is consumed.
 */
public interface NetworkProviderProxy {

    /**
     * Checks that the provider answers as a Neutron v2.0 API, authenticating first when the provider requires it.
     *
     * @throws ProviderException naming the cause: connection, timeout, TLS, authentication or a non-Neutron answer
     */
    void testConnection();

    /**
     * Tests as {@link #testConnection} does and says what it found: API versions, the authentication used (a fresh
     * token), each call's round trip, and the capabilities detected anew (which later calls then use).
     *
     * @throws ProviderException naming the cause, as {@link #testConnection}
     */
    ProviderConnectivityReport testConnectivity();

    /**
     * The certificate chain the provider's TLS endpoint presents, whether or not it is trusted yet, so that an admin
     * can approve one for import.
     *
     * @throws ProviderException naming the cause when the URL is not https or the endpoint cannot be reached
     */
    java.util.List<ProviderCertificate> certificateChain();

    /**
     * What the provider's API can safely be asked, detected once per provider (configured values win) and cached.
     * The proxy consults this itself (paging, bulk creates); callers need it only to explain behaviour.
     */
    ProviderCapabilities capabilities();

    /** Every network the provider shows to this provider's credentials, paged lazily (see the class comment). */
    Stream<ProviderNetwork> listNetworks();

    /** @return empty when the provider has no network with this id */
    Optional<ProviderNetwork> getNetwork(String externalId);

    /**
     * The provider's agents on every host, which say where its networks can be plugged.
     *
     * @return empty when the provider reports none: one without an agent API (ovirt-provider-ovn answers 404) or a
     *         Neutron without agents
     */
    List<ProviderAgent> listAgents();

    /**
     * Every network segment the provider has, paged lazily; empty when it has no segment API (Neutron's
     * {@code segments} service plugin is off, or it is no Neutron).
     */
    Stream<ProviderSegment> listSegments();

    /** Creates the network, administratively up. */
    ProviderNetwork addNetwork(ProviderNetworkSpec spec);

    /**
     * Removes the network (Neutron removes its subnets with it).
     *
     * @return false when the network was already gone, which callers that clean up may treat as success
     * @throws ProviderException CONFLICT ({@code NetworkInUse}) while ports other than the provider's own use it
     */
    boolean removeNetwork(String externalId);

    /** The subnets of one network, paged lazily. */
    Stream<ProviderSubnet> listSubnets(String networkId);

    ProviderSubnet addSubnet(String networkId, ProviderSubnetSpec spec);

    /**
     * @return false when the subnet was already gone
     * @throws ProviderException CONFLICT ({@code SubnetInUse}) while ports have addresses on it
     */
    boolean removeSubnet(String subnetId);

    /**
     * The ports matching the filter, found by a filter on the provider and checked again here; never a listing of
     * every port. Paged lazily. Several device ids are any of them on every provider: where the provider reads only
     * the first value of a repeated filter, the proxy asks once per device id, concurrently, and merges the answers.
     */
    Stream<ProviderPort> findPorts(PortFilter filter);

    /** @return empty when the provider has no port with this id */
    Optional<ProviderPort> getPort(String portId);

    /**
     * Creates one port.
     *
     * @throws ProviderException CONFLICT with {@link ProviderException#providerErrorType()} {@code MacAddressInUse}
     *                           when the MAC is taken on that network; NOT_FOUND ({@code NetworkNotFound}) for an
     *                           unknown network
     */
    ProviderPort createPort(PortSpec spec);

    /**
     * Creates several ports, all or none, in one round trip where the provider can ({@code POST /v2.0/ports} with a
     * list is atomic in Neutron). Where it cannot, the ports are created one by one and, if one fails, those this
     * call created are deleted again before the failure is thrown, so no port is left behind.
     *
     * @return the created ports, in the order of {@code specs}
     */
    List<ProviderPort> createPorts(List<PortSpec> specs);

    /**
     * Changes what {@code update} sets and leaves the rest.
     *
     * @return the port as the provider holds it afterwards
     * @throws ProviderException NOT_FOUND ({@code PortNotFound}) for an unknown port
     */
    ProviderPort updatePort(String portId, PortUpdate update);

    /**
     * Deletes the port. Deleting is idempotent for the caller: a port that is already gone is not a failure.
     *
     * @return true when this call deleted it, false when it was already gone
     */
    boolean deletePort(String portId);
}
