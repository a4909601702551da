package org.ovirt.osn.command.network;

import org.ovirt.osn.dal.network.ProvidedNetworkEntity;
import org.ovirt.osn.engine.Cluster;
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.ProviderNetwork;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data for the network commands: a provider, a data center with two clusters, provider networks. */
final class NetworkFixtures {

    static final NetworkProvider PROVIDER = provider(false);
    static final UUID PROVIDER_ID = PROVIDER.id();
    static final DataCenter DC = new DataCenter(UUID.fromString("11111111-2222-4333-8444-000000000001"), "Default",
            null);
    static final Cluster CLUSTER_A = new Cluster(UUID.randomUUID(), "a", null, DC.id());
    static final Cluster CLUSTER_B = new Cluster(UUID.randomUUID(), "b", null, DC.id());
    static final ProviderNetwork TENANT = new ProviderNetwork("ext-tenant", "blue", 1442, "geneve", null, 7, true,
            false, "ACTIVE", List.of(), "p");
    static final ProviderNetwork VLAN = new ProviderNetwork("ext-vlan", "vlan-20", 1500, "vlan", "physnet1", 20,
            true, false, "ACTIVE", List.of(), "p");
    static final ProviderNetwork FLAT = new ProviderNetwork("ext-flat", "flat-net", null, "flat", "physnet1", null,
            true, false, "ACTIVE", List.of(), "p");
    static final LogicalNetwork EXISTING = new LogicalNetwork(UUID.randomUUID(), DC.id(), "red", null, 0, null, true,
            "red");

    private NetworkFixtures() {
    }

    static NetworkProvider provider(boolean readOnly) {
        return new NetworkProvider(UUID.fromString("6b5a4a2e-4c55-4f3e-9d7e-3a1f0c2b9e10"), "neutron-1", null,
                NetworkProviderType.NEUTRON, "http://127.0.0.1:9696", false, null, null, null, null, null, null,
                null, null, readOnly, false, Map.of());
    }

    static ProvidedNetworkEntity link(UUID network, UUID provider, String externalId, UUID dataCenter) {
        return new ProvidedNetworkEntity(UUID.randomUUID(), network, provider, externalId, dataCenter, null,
                OffsetDateTime.now(ZoneOffset.UTC));
    }
}
