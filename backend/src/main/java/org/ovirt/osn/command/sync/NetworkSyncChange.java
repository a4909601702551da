package org.ovirt.osn.command.sync;

import java.util.List;
import java.util.UUID;

/**
 * One difference between a provider and the engine, and what became of it.
 *
 * @param externalId     the provider network's id
 * @param networkId      the engine network (null for an import that has not happened)
 * @param name           the provider's name (import, update) or the engine network's name (vanished)
 * @param previousName   the engine network's name before an update, else null
 * @param mtu            the provider's MTU for import and update (0 = default), else null
 * @param previousMtu    the engine network's MTU before an update, else null
 * @param vnicCount      for a vanished network: how many vNICs use it
 * @param vmNames        for a vanished network that is kept: the VMs of those vNICs
 * @param reason         why a change failed, else null
 */
public record NetworkSyncChange(Kind kind, Status status, String externalId, UUID networkId, String name,
                                String previousName, Integer mtu, Integer previousMtu, UUID dataCenterId,
                                String dataCenterName, List<UUID> clusterIds, int vnicCount, List<String> vmNames,
                                String reason) {

    /** What the difference asks for. */
    public enum Kind {
        /** A provider network not in a data center whose clusters use the provider by default: import it. */
        IMPORT,
        /** An imported network whose name or MTU changed on the provider: follow it. */
        UPDATE,
        /** A network gone from the provider that no vNIC uses: remove the engine network. */
        REMOVE,
        /** A network gone from this provider that other providers still provide: drop only this link. */
        UNLINK,
        /** A network gone from the provider that vNICs still use: keep it and report it (see the command). */
        KEEP;

        public boolean vanished() {
            return this == REMOVE || this == UNLINK || this == KEEP;
        }
    }

    public enum Status {
        /** Dry run: what would be done. */
        PLANNED,
        DONE,
        FAILED
    }

    public NetworkSyncChange {
        clusterIds = clusterIds == null ? List.of() : List.copyOf(clusterIds);
        vmNames = vmNames == null ? List.of() : List.copyOf(vmNames);
    }

    public NetworkSyncChange withOutcome(Status newStatus, UUID newNetworkId, String newReason) {
        return new NetworkSyncChange(kind, newStatus, externalId, newNetworkId, name, previousName, mtu, previousMtu,
                dataCenterId, dataCenterName, clusterIds, vnicCount, vmNames, newReason);
    }
}
