package org.ovirt.osn.command.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.dal.network.ProvidedNetworkDao;
import org.ovirt.osn.dal.network.ProvidedNetworkEntity;
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.InventoryConflictException;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.VmInventory;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.ovirt.osn.command.sync.NetworkSyncChange.Kind;
import static org.ovirt.osn.command.sync.NetworkSyncChange.Status;
import static org.ovirt.osn.engine.InventoryValidator.MAX_NETWORK_NAME;
import static org.ovirt.osn.engine.InventoryValidator.Subject.NETWORK;
import static org.ovirt.osn.engine.InventoryValidator.mtuValid;
import static org.ovirt.osn.engine.InventoryValidator.networkNameFree;
import static org.ovirt.osn.engine.InventoryValidator.printableNameValid;

/**
 * The database side of sync's update, removal and unlink, each run in the caller's transaction. What the plan saw is
 * checked again here, since an admin may have changed the engine meanwhile (e.g. plugged a vNIC into a network about
 * to be removed: it is then kept).
 */
@ApplicationScoped
public class NetworkSyncWriter {

    private EngineInventory inventory;
    private VmInventory vms;
    private ProvidedNetworkDao links;

    protected NetworkSyncWriter() {
        // for CDI proxies
    }

    @Inject
    public NetworkSyncWriter(EngineInventory inventory, VmInventory vms, ProvidedNetworkDao links) {
        this.inventory = inventory;
        this.vms = vms;
        this.links = links;
    }

    /** @throws CommandFailedException when the provider's name or MTU is not acceptable for the engine network */
    NetworkSyncChange update(NetworkSyncChange change) {
        LogicalNetwork current = inventory.network(change.networkId()).orElse(null);
        if (current == null) {
            return change.withOutcome(Status.DONE, null, "the network was removed meanwhile");
        }
        LogicalNetwork changed = new LogicalNetwork(current.id(), current.dataCenterId(), change.name(),
                current.description(), change.mtu(), current.vlanId(), current.vmNetwork(), current.vdsmName());
        DataCenter dataCenter = inventory.dataCenter(current.dataCenterId()).orElseThrow();
        ValidationResult valid = ValidationResult.firstFailure(
                () -> printableNameValid(NETWORK, changed.name(), MAX_NETWORK_NAME),
                () -> mtuValid(changed.mtu()),
                () -> networkNameFree(changed, inventory.networkByName(current.dataCenterId(), changed.name()),
                        dataCenter));
        if (!valid.isValid()) {
            throw new CommandFailedException(valid.message(), withAction(valid.variables()), null);
        }
        try {
            inventory.updateNetwork(changed);
        } catch (InventoryConflictException e) {
            throw new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_NETWORK_NAME_IN_USE_IN_DATA_CENTER,
                    withAction(Map.of("NetworkName", changed.name(), "DataCenterName", dataCenter.name())), e);
        }
        return change.withOutcome(Status.DONE, current.id(), null);
    }

    /** Removes the network, unless a vNIC started to use it since the plan: then it is kept. */
    NetworkSyncChange remove(NetworkSyncChange change) {
        if (inventory.network(change.networkId()).isEmpty()) {
            return change.withOutcome(Status.DONE, change.networkId(), null);
        }
        int nics = vms.nicsOnNetwork(change.networkId()).size();
        if (nics > 0) {
            return new NetworkSyncChange(Kind.KEEP, Status.DONE, change.externalId(), change.networkId(),
                    change.name(), null, null, null, change.dataCenterId(), change.dataCenterName(), null, nics,
                    null, null);
        }
        links.removeByNetwork(change.networkId());
        inventory.removeNetwork(change.networkId());
        return change.withOutcome(Status.DONE, change.networkId(), null);
    }

    NetworkSyncChange unlink(UUID providerId, NetworkSyncChange change) {
        linksOf(providerId, change).forEach(l -> links.remove(l.getId()));
        return change.withOutcome(Status.DONE, change.networkId(), null);
    }

    /**
     * Marks the link of a kept network as vanished from this provider.
     *
     * @return true only the first time it is found gone: then the admin is warned, not on every later pass
     */
    boolean markVanished(UUID providerId, NetworkSyncChange kept, OffsetDateTime now) {
        boolean marked = false;
        for (ProvidedNetworkEntity link : linksOf(providerId, kept)) {
            marked |= links.markVanished(link.getId(), now);
        }
        return marked;
    }

    /** Clears the vanished mark of the links whose provider network is on the provider again; @return those links */
    List<ProvidedNetworkEntity> clearReappeared(UUID providerId, Set<String> externalIdsOnProvider) {
        return links.findByProvider(providerId).stream()
                .filter(l -> l.getVanishedAt() != null && externalIdsOnProvider.contains(l.getExternalId()))
                .filter(l -> links.clearVanished(l.getId()))
                .toList();
    }

    private List<ProvidedNetworkEntity> linksOf(UUID providerId, NetworkSyncChange change) {
        return links.findByNetwork(change.networkId()).stream()
                .filter(l -> l.getProviderId().equals(providerId) && l.getExternalId().equals(change.externalId()))
                .toList();
    }

    private static Map<String, String> withAction(Map<String, String> variables) {
        Map<String, String> all = new java.util.HashMap<>(variables);
        all.put("Action", "synchronize");
        return all;
    }
}
