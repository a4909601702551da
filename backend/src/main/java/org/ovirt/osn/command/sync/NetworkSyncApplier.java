package org.ovirt.osn.command.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.command.network.InternalImportExternalNetworkCommand;
import org.ovirt.osn.command.network.InternalImportExternalNetworkParameters;
import org.ovirt.osn.provider.ProviderNetwork;

import java.util.HashMap;
import java.util.Map;
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

    protected NetworkSyncApplier() {
        // for CDI proxies
    }

    @Inject
    public NetworkSyncApplier(Transactions transactions, NetworkSyncWriter writer,
                              InternalImportExternalNetworkCommand internalImport, AuditLogger auditLogger) {
        this.transactions = transactions;
        this.writer = writer;
        this.internalImport = internalImport;
        this.auditLogger = auditLogger;
    }

    /** @param network the provider network of an import or update; null for a vanished one */
    public NetworkSyncChange apply(UUID providerId, NetworkSyncChange change, Map<String, String> variables,
                                   ProviderNetwork network) {
        try {
            NetworkSyncChange done = transactions.inTransaction(() -> switch (change.kind()) {
                case IMPORT -> change.withOutcome(Status.DONE, internalImport.run(
                        new InternalImportExternalNetworkParameters(providerId, network, change.dataCenterId(),
                                null, true, change.clusterIds()), variables), null);
                case UPDATE -> writer.update(change);
                case REMOVE -> writer.remove(change);
                case UNLINK -> writer.unlink(providerId, change);
                case KEEP -> change.withOutcome(Status.DONE, change.networkId(), null);
            });
            if (done.kind() == NetworkSyncChange.Kind.KEEP) {
                auditLogger.log(AuditLogType.PROVIDER_SYNC_VANISHED_NETWORK_KEPT, keptVariables(done, variables),
                        providerId);
            }
            return done;
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
