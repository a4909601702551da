package org.ovirt.osn.restapi.mapping;

import org.ovirt.osn.command.sync.NetworkSyncChange.Kind;
import org.ovirt.osn.command.sync.NetworkSyncResult;
import org.ovirt.osn.restapi.model.DataCenter;
import org.ovirt.osn.restapi.model.Network;
import org.ovirt.osn.restapi.model.NetworkSync;
import org.ovirt.osn.restapi.model.NetworkSyncChange;
import org.ovirt.osn.restapi.model.NetworkSyncChanges;

import java.util.List;
import java.util.Locale;

/** A sync's result to the {@code network_sync} extension element, grouped as to import, to update and vanished. */
public final class NetworkSyncMapper {

    private NetworkSyncMapper() {
    }

    public static NetworkSync toModel(NetworkSyncResult result, String base) {
        NetworkSync m = new NetworkSync();
        m.setDryRun(result.dryRun());
        m.setToImport(changes(result.of(Kind.IMPORT), base));
        m.setToUpdate(changes(result.of(Kind.UPDATE), base));
        m.setVanished(changes(result.changes().stream().filter(c -> c.kind().vanished()).toList(), base));
        return m;
    }

    private static NetworkSyncChanges changes(List<org.ovirt.osn.command.sync.NetworkSyncChange> changes,
                                              String base) {
        NetworkSyncChanges m = new NetworkSyncChanges();
        changes.forEach(c -> m.getChange().add(change(c, base)));
        return m;
    }

    static NetworkSyncChange change(org.ovirt.osn.command.sync.NetworkSyncChange c, String base) {
        NetworkSyncChange m = new NetworkSyncChange();
        m.setKind(c.kind().name().toLowerCase(Locale.ROOT));
        m.setStatus(c.status().name().toLowerCase(Locale.ROOT));
        m.setExternalId(c.externalId());
        m.setName(c.name());
        m.setPreviousName(c.previousName());
        m.setMtu(c.mtu());
        m.setPreviousMtu(c.previousMtu());
        if (c.networkId() != null) {
            Network network = new Network();
            network.setId(c.networkId().toString());
            network.setHref(base + "/networks/" + c.networkId());
            m.setNetwork(network);
        }
        if (c.dataCenterId() != null) {
            DataCenter dataCenter = new DataCenter();
            dataCenter.setId(c.dataCenterId().toString());
            dataCenter.setHref(base + "/datacenters/" + c.dataCenterId());
            dataCenter.setName(c.dataCenterName());
            m.setDataCenter(dataCenter);
        }
        if (c.kind().vanished()) {
            m.setVnicCount(c.vnicCount());
            m.setVmNames(c.vmNames().isEmpty() ? null : String.join(", ", c.vmNames()));
        }
        m.setReason(c.reason());
        return m;
    }
}
