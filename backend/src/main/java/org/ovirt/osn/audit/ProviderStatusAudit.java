package org.ovirt.osn.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.ovirt.osn.provider.health.ProviderStatus;
import org.ovirt.osn.provider.health.ProviderStatusChange;

import java.util.HashMap;
import java.util.Map;

/**
 * Writes one audit event per change of a provider's derived status (never per call: the meter hands over only
 * changes). Each engine node derives the status from its own calls, so each node reports its own view.
 */
@ApplicationScoped
public class ProviderStatusAudit {

    private AuditLogger audit;

    protected ProviderStatusAudit() {
        // for CDI proxies
    }

    @Inject
    public ProviderStatusAudit(AuditLogger audit) {
        this.audit = audit;
    }

    void onStatusChange(@Observes ProviderStatusChange change) {
        audit.log(typeOf(change.after()), variables(change), change.providerId());
    }

    static AuditLogType typeOf(ProviderStatus status) {
        return switch (status) {
            case OK -> AuditLogType.PROVIDER_STATUS_RECOVERED;
            case DEGRADED -> AuditLogType.PROVIDER_STATUS_DEGRADED;
            case UNREACHABLE -> AuditLogType.PROVIDER_STATUS_UNREACHABLE;
            case AUTHENTICATION_FAILED -> AuditLogType.PROVIDER_STATUS_AUTHENTICATION_FAILED;
        };
    }

    static Map<String, String> variables(ProviderStatusChange change) {
        Map<String, String> variables = new HashMap<>();
        variables.put("ProviderName", change.providerName());
        variables.put("PreviousStatus", change.before() == null ? "not known yet" : change.before().value());
        variables.put("Reason", change.reason() == null ? "calls succeed again" : change.reason());
        return variables;
    }
}
