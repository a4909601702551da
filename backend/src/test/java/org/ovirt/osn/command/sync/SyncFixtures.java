package org.ovirt.osn.command.sync;

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

/** A provider, two data centers (one whose cluster uses the provider by default), provider and engine networks. */
final class SyncFixtures {

    static final UUID PROVIDER_ID = UUID.fromString("6b5a4a2e-4c55-4f3e-9d7e-3a1f0c2b9e10");
    static final DataCenter DC = new DataCenter(UUID.fromString("11111111-2222-4333-8444-000000000001"), "Default",
            null);
    static final DataCenter OTHER_DC = new DataCenter(UUID.fromString("11111111-2222-4333-8444-000000000002"),
            "Other", null);
    static final Cluster OVS = new Cluster(UUID.randomUUID(), "ovs", null, DC.id(), PROVIDER_ID);

    private SyncFixtures() {
    }

    static NetworkProvider provider(boolean autoSync) {
        return new NetworkProvider(PROVIDER_ID, "neutron-1", null, NetworkProviderType.NEUTRON,
                "http://127.0.0.1:9696", false, null, "secret", null, null, null, null, null, null, false, autoSync, Map.of());
    }

    static ProviderNetwork onProvider(String id, String name, Integer mtu) {
        return new ProviderNetwork(id, name, mtu, "geneve", null, 5, true, false, "ACTIVE", List.of(), "p");
    }

    static LogicalNetwork engineNetwork(String name, int mtu, UUID dataCenterId) {
        return new LogicalNetwork(UUID.randomUUID(), dataCenterId, name, null, mtu, null, true, name);
    }

    static ProvidedNetworkEntity link(UUID network, UUID provider, String externalId, UUID dataCenter,
                                      OffsetDateTime createdAt) {
        return new ProvidedNetworkEntity(UUID.randomUUID(), network, provider, externalId, dataCenter, null,
                createdAt);
    }

    static ProvidedNetworkEntity link(UUID network, String externalId, UUID dataCenter) {
        return link(network, PROVIDER_ID, externalId, dataCenter, OffsetDateTime.now(ZoneOffset.UTC));
    }
}
