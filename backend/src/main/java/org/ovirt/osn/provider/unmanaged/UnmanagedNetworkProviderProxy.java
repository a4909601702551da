package org.ovirt.osn.provider.unmanaged;

import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.PortFilter;
import org.ovirt.osn.provider.ProviderAgent;
import org.ovirt.osn.provider.ProviderSegment;
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

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An unmanaged provider: it keeps no network, subnet or port of the engine's, so nothing here calls anything. Lists
 * are empty, a network "created" on it is only a new id for the engine's own network, and what would need the
 * provider to keep something (a subnet, a port) is refused with a {@link ProviderException} naming the provider.
 * Callers that follow {@link org.ovirt.osn.provider.ProviderTypeTraits#managed()} never get that far.
 */
final class UnmanagedNetworkProviderProxy implements NetworkProviderProxy {

    private final String providerName;

    UnmanagedNetworkProviderProxy(String providerName) {
        this.providerName = providerName;
    }

    /** There is nothing to reach: an unmanaged provider is always "connected". */
    @Override
    public void testConnection() {
        // deliberately empty
    }

    /** Nothing called, nothing found: no versions, no authentication, no calls, no capabilities. */
    @Override
    public ProviderConnectivityReport testConnectivity() {
        return new ProviderConnectivityReport(List.of(), ProviderConnectivityReport.Authentication.NONE, null,
                List.of(), new ProviderCapabilities(false, false, false, false, false), false, false);
    }

    /** No call is made, so there is no chain to show either. */
    @Override
    public List<ProviderCertificate> certificateChain() {
        return List.of();
    }

    @Override
    public ProviderCapabilities capabilities() {
        return ProviderCapabilities.BASIC;
    }

    @Override
    public Stream<ProviderNetwork> listNetworks() {
        return Stream.empty();
    }

    @Override
    public Optional<ProviderNetwork> getNetwork(String externalId) {
        return Optional.empty();
    }

    /** No agent is asked: its networks count as available on every host, as oVirt assumes. */
    @Override
    public List<ProviderAgent> listAgents() {
        return List.of();
    }

    @Override
    public Stream<ProviderSegment> listSegments() {
        return Stream.empty();
    }

    /** The engine's network is the only one: it gets a fresh id to be known by, as oVirt gives it. */
    @Override
    public ProviderNetwork addNetwork(ProviderNetworkSpec spec) {
        return new ProviderNetwork(UUID.randomUUID().toString(), spec.name(), spec.mtu(), spec.networkType(),
                spec.physicalNetwork(), spec.vlanId(), spec.portSecurityEnabled(), false, "ACTIVE", List.of(),
                null);
    }

    @Override
    public boolean removeNetwork(String externalId) {
        return true;
    }

    @Override
    public Stream<ProviderSubnet> listSubnets(String networkId) {
        return Stream.empty();
    }

    @Override
    public ProviderSubnet addSubnet(String networkId, ProviderSubnetSpec spec) {
        throw refused("add a subnet to network " + networkId);
    }

    @Override
    public boolean removeSubnet(String subnetId) {
        throw refused("remove subnet " + subnetId);
    }

    @Override
    public Stream<ProviderPort> findPorts(PortFilter filter) {
        return Stream.empty();
    }

    @Override
    public Optional<ProviderPort> getPort(String portId) {
        return Optional.empty();
    }

    @Override
    public ProviderPort createPort(PortSpec spec) {
        throw refused("create a port");
    }

    @Override
    public List<ProviderPort> createPorts(List<PortSpec> specs) {
        if (specs.isEmpty()) {
            return List.of();
        }
        throw refused("create ports");
    }

    @Override
    public ProviderPort updatePort(String portId, PortUpdate update) {
        throw refused("update port " + portId);
    }

    /** No port was ever made here, so each is "already gone". */
    @Override
    public boolean deletePort(String portId) {
        return false;
    }

    private ProviderException refused(String what) {
        return new ProviderException(ProviderErrorCode.BAD_REQUEST, "Cannot " + what + " on provider " + providerName
                + ": it is unmanaged, its networks live only in the engine and it keeps no subnets or ports", null,
                null);
    }
}
