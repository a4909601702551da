package org.ovirt.osn.command.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.command.network.InternalImportExternalNetworkCommand;
import org.ovirt.osn.command.network.InternalImportExternalNetworkParameters;
import org.ovirt.osn.dal.network.ProvidedNetworkEntity;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.provider.ProviderNetwork;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.ovirt.osn.command.sync.NetworkSyncChange.Status;

/** Applies one change in its own transaction; a failure is kept in the change, never thrown. */
@ApplicationScoped
public class NetworkSyncApplier {

    private static final System.Logger LOG = System.getLogger(NetworkSyncApplier.class.getName());

    private Transactions transactions;
    private NetworkSyncWriter writer;
    private InternalImportExternalNetworkCommand internalImport;
    private AuditLogger auditLogger;
    private EngineInventory inventory;

    protected NetworkSyncApplier() {
        // for CDI proxies
    }

    @Inject
    public NetworkSyncApplier(Transactions transactions, NetworkSyncWriter writer,
                              InternalImportExternalNetworkCommand internalImport, AuditLogger auditLogger,
                              EngineInventory inventory) {
        this.transactions = transactions;
        this.writer = writer;
        this.internalImport = internalImport;
        this.auditLogger = auditLogger;
        this.inventory = inventory;
    }

    /** @param network the provider network of an import or update; null for a vanished one */
    public NetworkSyncChange apply(UUID providerId, NetworkSyncChange change, Map<String, String> variables,
                                   ProviderNetwork network) {
        try {
            Applied applied = transactions.inTransaction(() -> {
                NetworkSyncChange done = switch (change.kind()) {
                    case IMPORT -> change.withOutcome(Status.DONE, internalImport.run(
                            new InternalImportExternalNetworkParameters(providerId, network, change.dataCenterId(),
                                    null, true, change.clusterIds()), variables), null);
                    case UPDATE -> writer.update(change);
                    case REMOVE -> writer.remove(change);
                    case UNLINK -> writer.unlink(providerId, change);
                    case KEEP -> change.withOutcome(Status.DONE, change.networkId(), null);
                };
                boolean newlyVanished = done.kind() == NetworkSyncChange.Kind.KEEP
                        && writer.markVanished(providerId, done, OffsetDateTime.now(ZoneOffset.UTC));
                return new Applied(done, newlyVanished);
            });
            // once, when first found gone: a periodic pass every few minutes must not repeat the warning all day
            if (applied.newlyVanished()) {
                auditLogger.log(AuditLogType.PROVIDER_SYNC_VANISHED_NETWORK_KEPT,
                        keptVariables(applied.change(), variables), providerId);
            }
            return applied.change();
        } catch (RuntimeException e) {
            String reason = e instanceof CommandFailedException ? e.getMessage()
                    : "internal error (" + e.getClass().getSimpleName() + "), see the server log";
            if (!(e instanceof CommandFailedException)) {
                LOG.log(System.Logger.Level.ERROR, "Sync change " + change + " failed", e);
            }
            Map<String, String> all = new HashMap<>(variables);
            all.put("NetworkName", String.valueOf(change.name()));
            all.put("DataCenterName", String.valueOf(change.dataCenterName()));
            all.put("Reason", reason);
            auditLogger.log(AuditLogType.PROVIDER_SYNC_CHANGE_FAILED, all, providerId);
            return change.withOutcome(Status.FAILED, change.networkId(), reason);
        }
    }

    /**
     * Forgets that networks kept earlier were gone from the provider, for those it has again, with an event each (the
     * admin was warned when they went). Never throws: the sync itself is done.
     */
    public void forgetReappeared(UUID providerId, Set<String> externalIdsOnProvider, Map<String, String> variables) {
        try {
            List<ProvidedNetworkEntity> back = transactions.inTransaction(
                    () -> writer.clearReappeared(providerId, externalIdsOnProvider));
            for (ProvidedNetworkEntity link : back) {
                Map<String, String> all = new HashMap<>(variables);
                all.put("NetworkName", inventory.network(link.getNetworkId()).map(LogicalNetwork::name)
                        .orElse(link.getNetworkId().toString()));
                all.put("ExternalNetworkId", link.getExternalId());
                auditLogger.log(AuditLogType.PROVIDER_SYNC_VANISHED_NETWORK_BACK, all, providerId);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not clear the vanished marks of provider " + providerId
                    + "; the next sync does", e);
        }
    }

    private record Applied(NetworkSyncChange change, boolean newlyVanished) {
    }

    private static Map<String, String> keptVariables(NetworkSyncChange change, Map<String, String> variables) {
        Map<String, String> all = new HashMap<>(variables);
        all.put("NetworkName", change.name());
        all.put("DataCenterName", String.valueOf(change.dataCenterName()));
        all.put("ExternalNetworkId", change.externalId());
        all.put("VnicCount", String.valueOf(change.vnicCount()));
        all.put("VmNames", String.join(", ", change.vmNames()));
        return all;
    }
}
