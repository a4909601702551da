package org.ovirt.osn.command.port;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.command.network.ProviderNetworkAccess;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.command.provider.NetworkProviderValidator;
import org.ovirt.osn.provisioning.release.OrphanPortReconciler;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An admin's reconcile: the engine's orphan ports on the provider (device owner = this engine's, vNIC gone) are
 * queued for release through the durable queue and tried at once; the audit event gives the count. The worker
 * deletes them, retrying while the provider fails, and keeps a port whose vNIC exists by then.
 *
 * <p>Not transactional: each release is committed on its own while the provider is listed page by page, so no
 * transaction stays open while the provider answers.
 */
@ApplicationScoped
public class ReconcileProviderPortsCommand
        implements Command<ReconcileProviderPortsParameters, OrphanPortReconciler.Result> {

    private NetworkProviderRepository repository;
    private ProviderNetworkAccess access;
    private OrphanPortReconciler reconciler;

    protected ReconcileProviderPortsCommand() {
        // for CDI proxies
    }

    @Inject
    public ReconcileProviderPortsCommand(NetworkProviderRepository repository, ProviderNetworkAccess access,
                                         OrphanPortReconciler reconciler) {
        this.repository = repository;
        this.access = access;
        this.reconciler = reconciler;
    }

    @Override
    public ValidationResult validate(ReconcileProviderPortsParameters parameters) {
        return NetworkProviderValidator.providerExists(
                repository.findByIdWithoutSecrets(parameters.providerId()), parameters.providerId());
    }

    @Override
    public OrphanPortReconciler.Result execute(ReconcileProviderPortsParameters parameters) {
        return reconciler.queueOrphans(parameters.providerId(),
                access.proxy(parameters.providerId(), auditVariables(parameters)), parameters.networkId(),
                Duration.ZERO);
    }

    @Override
    public boolean transactional() {
        return false;
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.ORPHAN_PORTS_QUEUED_FOR_RELEASE;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.ORPHAN_PORTS_RECONCILE_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(ReconcileProviderPortsParameters parameters) {
        Map<String, String> variables = new HashMap<>();
        variables.put("ProviderName", repository.displayName(parameters.providerId()));
        variables.put("ProviderId", parameters.providerId().toString());
        variables.put("DeviceOwner", reconciler.deviceOwner());
        variables.put("Action", "reconcile ports of");
        return variables;
    }

    @Override
    public UUID auditProviderId(ReconcileProviderPortsParameters parameters) {
        return parameters.providerId();
    }
}
