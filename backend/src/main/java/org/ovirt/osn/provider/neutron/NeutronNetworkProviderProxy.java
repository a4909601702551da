package org.ovirt.osn.provider.neutron;

import com.fasterxml.jackson.databind.JsonNode;
import org.ovirt.osn.provider.ProviderSegment;
import org.ovirt.osn.provider.ProviderAgent;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.PortFilter;
import org.ovirt.osn.provider.PortSpec;
import org.ovirt.osn.provider.PortUpdate;
import org.ovirt.osn.provider.ProviderCapabilities;
import org.ovirt.osn.provider.ProviderCertificate;
import org.ovirt.osn.provider.ProviderConnectivityReport;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.ProviderNetwork;
import org.ovirt.osn.provider.ProviderNetworkSpec;
import org.ovirt.osn.provider.ProviderPort;
import org.ovirt.osn.provider.ProviderSubnet;
import org.ovirt.osn.provider.ProviderSubnetSpec;
import org.ovirt.osn.provider.health.ProviderCallMeter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/**
 * {@link NetworkProviderProxy} for anything that speaks the Neutron v2.0 API: OpenStack Neutron and ovirt-provider-ovn.
 *
 * <p>Created by {@link NeutronNetworkProviderProxyFactory} or {@link ExternalNetworkProviderProxyFactory} for one
 * provider configuration. It keeps no per-call state, so one instance may serve any number of threads; the HTTP
 * connection pool, the Keystone token and what is known of the provider's capabilities belong to
 * {@link NeutronClientHolder} and are shared with every other proxy of the same configuration.
 *
 * <p>Calls go through {@link NeutronEndpoint} (the token, one re-authentication on 401), lists through
 * {@link NeutronPager} ({@value NeutronClientHolder#PAGE_SIZE} items a page where the provider can page), port calls
 * through {@link NeutronPorts}, and every wire record through {@link NeutronMapper}.
 */
public final class NeutronNetworkProviderProxy implements NetworkProviderProxy {

    static final String NOT_NEUTRON = "The provider does not answer as a Neutron v2.0 API: ";
    private static final String NETWORKS = "networks";
    private static final String SUBNETS = "subnets";
    private static final String AGENTS = "agents";
    private static final String SEGMENTS = "segments";

    private final NetworkProvider provider;
    private final String url;
    private final NeutronEndpoint endpoint;
    private final NeutronCapabilityCache capabilities;
    private final NeutronPorts ports;
    private final int pageSize;

    /**
     * @param tokens   null when the provider does not require authentication
     * @param pageSize items per page when the provider can page
     */
    NeutronNetworkProviderProxy(NetworkProvider provider, NeutronHttp http, KeystoneTokenSource tokens,
                                NeutronCapabilityCache capabilities, int pageSize, Executor lookups,
                                ProviderCallLimit limit, ProviderCallMeter meter) {
        this.provider = provider;
        this.url = provider.url();
        this.endpoint = new NeutronEndpoint(provider.name(), provider.url(), http, tokens, limit, meter);
        this.capabilities = capabilities;
        this.ports = new NeutronPorts(endpoint, lookups);
        this.pageSize = pageSize;
    }

    @Override
    public void testConnection() {
        neutronApiRoot();
    }

    /**
     * Authenticates anew where the provider requires it, checks the API as {@link #testConnection} does, reads the
     * API versions (from {@code /v2.0/} where the provider lists them there, as ovirt-provider-ovn does, else from
     * the root, as Neutron does) and detects the capabilities anew, timing each call.
     */
    @Override
    public ProviderConnectivityReport testConnectivity() {
        List<ProviderConnectivityReport.CallTiming> calls = new ArrayList<>();
        ProviderConnectivityReport.Authentication authentication = ProviderConnectivityReport.Authentication.NONE;
        Instant tokenExpiresAt = null;
        if (endpoint.authenticated()) {
            KeystoneCredentials credentials = KeystoneCredentials.of(provider);
            long started = System.nanoTime();
            KeystoneToken token = endpoint.renewToken();
            calls.add(timing("POST " + credentials.authUrl() + (credentials.v3() ? "/auth/tokens" : "/tokens"),
                    started));
            tokenExpiresAt = token.expiresAt();
            authentication = credentials.v3()
                    ? new ProviderConnectivityReport.Authentication(
                    ProviderConnectivityReport.AuthenticationKind.KEYSTONE_V3, credentials.authUrl(),
                    credentials.username(), credentials.userDomainName(), credentials.projectName(),
                    credentials.projectDomainName())
                    : new ProviderConnectivityReport.Authentication(
                    ProviderConnectivityReport.AuthenticationKind.KEYSTONE_V2, credentials.authUrl(),
                    credentials.username(), null, credentials.tenantName(), null);
        }
        long started = System.nanoTime();
        JsonNode apiRoot = neutronApiRoot();
        calls.add(timing("GET " + endpoint.uri(""), started));
        List<String> versions = versions(apiRoot);
        if (versions.isEmpty()) {
            NeutronHttp.Call root = NeutronHttp.Call.get(endpoint.root());
            started = System.nanoTime();
            try {
                versions = versions(endpoint.send(root, JsonNode.class).body());
            } catch (ProviderException e) {
                // the versions only inform; a URL whose root is something else (a path prefix) still works
                if (e.code() != ProviderErrorCode.NOT_FOUND && e.code() != ProviderErrorCode.BAD_REQUEST
                        && e.code() != ProviderErrorCode.BAD_RESPONSE) {
                    throw e;
                }
            }
            calls.add(timing(root.describe(), started));
        }
        started = System.nanoTime();
        NeutronCapabilityCache.Detection detection = capabilities.redetect(provider, endpoint);
        calls.add(timing("GET " + endpoint.uri("extensions"), started));
        return new ProviderConnectivityReport(versions, authentication, tokenExpiresAt, calls,
                detection.capabilities(), detection.aliases().contains("binding"),
                detection.aliases().contains("security-group"));
    }

    private static ProviderConnectivityReport.CallTiming timing(String request, long startedNanos) {
        return new ProviderConnectivityReport.CallTiming(request, Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    /** {@code v2.0 (CURRENT)} for each entry of a {@code versions} list; empty without one. */
    private static List<String> versions(JsonNode answer) {
        List<String> versions = new ArrayList<>();
        if (answer != null) {
            for (JsonNode version : answer.path("versions")) {
                String id = version.path("id").asText("");
                if (!id.isEmpty()) {
                    String status = version.path("status").asText("");
                    versions.add(status.isEmpty() ? id : id + " (" + status + ")");
                }
            }
        }
        return versions;
    }

    /** {@code GET /v2.0/}, checked to be a Neutron v2.0 API's answer. */
    private JsonNode neutronApiRoot() {
        NeutronHttp.Call call = NeutronHttp.Call.get(endpoint.uri(""));
        NeutronHttp.Reply<JsonNode> reply;
        try {
            reply = endpoint.send(call, JsonNode.class);
        } catch (ProviderException e) {
            if (e.code() == ProviderErrorCode.BAD_RESPONSE) {
                throw ProviderFailures.reword(e, NOT_NEUTRON + e.getMessage());
            }
            if (e.code() == ProviderErrorCode.NOT_FOUND && call.describe().equals(e.request())) {
                throw ProviderFailures.notNeutronApi(e);
            }
            throw e;
        }
        JsonNode root = reply.body();
        // Neutron lists its resources; ovirt-provider-ovn lists API versions instead; either as objects
        boolean neutron = root != null && root.isObject()
                && (listOfObjects(root.path("resources")) || listOfObjects(root.path("versions")));
        if (!neutron) {
            throw ProviderFailures.badResponse(call.describe(), reply.status(),
                    reply.header(NeutronHttp.REQUEST_ID_HEADER),
                    NOT_NEUTRON + "the answer has neither a 'resources' nor a 'versions' list of objects");
        }
        return root;
    }

    private static boolean listOfObjects(JsonNode list) {
        if (!list.isArray()) {
            return false;
        }
        for (JsonNode item : list) {
            if (!item.isObject()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<ProviderCertificate> certificateChain() {
        return ProviderCertificateChains.fetch(url);
    }

    @Override
    public ProviderCapabilities capabilities() {
        return capabilities.capabilities(provider, endpoint);
    }

    /** Items per page for this provider: 0 (one request for everything) when it cannot page. */
    private int pageSize() {
        return capabilities().pagination() ? pageSize : 0;
    }

    @Override
    public Stream<ProviderNetwork> listNetworks() {
        return NeutronPager.stream(endpoint, NETWORKS, Map.of(), NeutronNetwork.Page.class, pageSize())
                .map(NeutronMapper::toDomain);
    }

    @Override
    public Optional<ProviderNetwork> getNetwork(String externalId) {
        try {
            return Optional.of(NeutronMapper.toDomain(endpoint.fetch(
                    NeutronHttp.Call.get(endpoint.item(NETWORKS, externalId)), NeutronNetwork.One.class,
                    NeutronNetwork.One::network, "network")));
        } catch (ProviderException e) {
            if (NeutronEndpoint.isGone(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** A provider without the agent API answers 404 (ovirt-provider-ovn: "Incorrect path"); that means none. */
    @Override
    public List<ProviderAgent> listAgents() {
        try {
            List<NeutronAgent> agents = endpoint.fetch(NeutronHttp.Call.get(endpoint.uri(AGENTS)),
                    NeutronAgent.Listing.class, NeutronAgent.Listing::agents, "agents");
            return agents.stream().map(NeutronMapper::toDomain).toList();
        } catch (ProviderException e) {
            if (withoutThatApi(e)) {
                return List.of();
            }
            throw e;
        }
    }

    @Override
    public Stream<ProviderSegment> listSegments() {
        try {
            return NeutronPager.stream(endpoint, SEGMENTS, Map.of(), NeutronSegment.Page.class, pageSize())
                    .map(NeutronMapper::toDomain);
        } catch (ProviderException e) {
            if (withoutThatApi(e)) {
                return Stream.empty();
            }
            throw e;
        }
    }

    /** 404 for a whole collection: the provider has no such API (not a missing item, which names its type). */
    private static boolean withoutThatApi(ProviderException e) {
        return e.code() == ProviderErrorCode.NOT_FOUND || e.httpStatus() == 501;
    }

    @Override
    public ProviderNetwork addNetwork(ProviderNetworkSpec spec) {
        return NeutronMapper.toDomain(endpoint.fetch(
                NeutronHttp.Call.post(endpoint.uri(NETWORKS), new NeutronNetwork.One(NeutronMapper.toWire(spec))),
                NeutronNetwork.One.class, NeutronNetwork.One::network, "network"));
    }

    @Override
    public boolean removeNetwork(String externalId) {
        return endpoint.delete(endpoint.item(NETWORKS, externalId));
    }

    @Override
    public Stream<ProviderSubnet> listSubnets(String networkId) {
        Objects.requireNonNull(networkId, "networkId");
        return NeutronPager.stream(endpoint, SUBNETS, Map.of("network_id", List.of(networkId)), NeutronSubnet.Page.class, pageSize())
                .map(NeutronMapper::toDomain)
                // a provider that ignores the filter must not hand us another network's subnets
                .filter(subnet -> networkId.equals(subnet.networkId()));
    }

    @Override
    public ProviderSubnet addSubnet(String networkId, ProviderSubnetSpec spec) {
        Objects.requireNonNull(networkId, "networkId");
        return NeutronMapper.toDomain(endpoint.fetch(
                NeutronHttp.Call.post(endpoint.uri(SUBNETS),
                        new NeutronSubnet.One(NeutronMapper.toWire(networkId, spec))),
                NeutronSubnet.One.class, NeutronSubnet.One::subnet, "subnet"));
    }

    @Override
    public boolean removeSubnet(String subnetId) {
        return endpoint.delete(endpoint.item(SUBNETS, subnetId));
    }

    @Override
    public Stream<ProviderPort> findPorts(PortFilter filter) {
        Objects.requireNonNull(filter, "filter");
        boolean severalDevices = filter.deviceIds() != null && filter.deviceIds().size() > 1;
        if (severalDevices && !capabilities().anyOfFilterValues()) {
            return ports.findEachDevice(filter, pageSize());
        }
        return ports.find(filter, pageSize());
    }

    @Override
    public Optional<ProviderPort> getPort(String portId) {
        return ports.get(portId);
    }

    @Override
    public ProviderPort createPort(PortSpec spec) {
        return ports.create(Objects.requireNonNull(spec, "spec"));
    }

    @Override
    public List<ProviderPort> createPorts(List<PortSpec> specs) {
        List<PortSpec> all = List.copyOf(specs);
        // one or no port needs no detection call
        return ports.create(all, all.size() > 1 && capabilities().bulkPortCreate(),
                () -> capabilities.bulkRefused(provider));
    }

    @Override
    public ProviderPort updatePort(String portId, PortUpdate update) {
        return ports.update(portId, Objects.requireNonNull(update, "update"));
    }

    @Override
    public boolean deletePort(String portId) {
        return ports.delete(portId);
    }

    @Override
    public String toString() {
        return "NeutronNetworkProviderProxy[" + provider.name() + ", " + url + ", "
                + (endpoint.authenticated() ? "Keystone" : "no authentication") + "]";
    }
}
