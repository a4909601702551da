package org.ovirt.osn.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.ProviderPort;

import java.util.Map;

/**
 * Tells admins about a port that a failed VM flow created and could not delete again: it stays on the provider until
 * the vNIC's next run reuses it (it is found by its device id) or the vNIC's removal releases it. The entry is written
 * in a transaction of its own, so it survives the rollback of the flow; a failure to write it is only logged.
 */
@ApplicationScoped
public class LeftPortAudit {

    private static final System.Logger LOG = System.getLogger(LeftPortAudit.class.getName());

    private AuditLogger auditLogger;

    protected LeftPortAudit() {
        // for CDI proxies
    }

    @Inject
    public LeftPortAudit(AuditLogger auditLogger) {
        this.auditLogger = auditLogger;
    }

    public void report(NetworkProvider provider, ProviderPort port, RuntimeException cause) {
        try {
            auditLogger.log(AuditLogType.VNIC_PORT_LEFT_AFTER_FAILURE, Map.of("ProviderName", provider.name(),
                    "PortId", port.id(), "VmNicId", String.valueOf(port.deviceId()),
                    "Reason", String.valueOf(cause.getMessage())), provider.id());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not audit port {0} left on provider {1}: {2}", port.id(),
                    provider.name(), e.getMessage());
        }
    }
}
