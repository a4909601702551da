package org.ovirt.osn.command.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.command.network.ProviderNetworkAccess;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.command.provider.NetworkProviderValidator;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.ProviderNetwork;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Brings the engine in line with a provider's networks (the engine's SyncNetworkProvider): imports new ones into the
 * data centers whose clusters use the provider by default, follows name and MTU changes, and removes networks gone
 * from the provider. A dry run only returns the diff.
 *
 * <p>Where the engine unplugs the vNICs of a vanished network and removes it anyway, this command keeps a network
 * that vNICs still use, reports it in the result and audits a warning naming the VMs: removing it would silently cut
 * running VMs off (or leave them on a network nobody can see), while keeping it loses nothing and lets the admin move
 * the vNICs first. A network another provider still provides loses only this provider's link.
 *
 * <p>Every change is applied in a transaction of its own, so one that fails (e.g. a name clash in the data center) is
 * reported and the others still happen; no transaction is open while the provider answers. A 401 from the provider
 * turns auto sync off for it (except in a dry run) with an audit event, so the periodic run does not keep retrying
 * into an account lock-out.
 */
@ApplicationScoped
public class SyncNetworkProviderCommand implements Command<SyncNetworkProviderParameters, NetworkSyncResult> {

    private NetworkProviderRepository repository;
    private ProviderNetworkAccess access;
    private NetworkSyncPlanner planner;
    private NetworkSyncApplier applier;
    private Transactions transactions;
    private AuditLogger auditLogger;

    protected SyncNetworkProviderCommand() {
        // for CDI proxies
    }

    @Inject
    public SyncNetworkProviderCommand(NetworkProviderRepository repository, ProviderNetworkAccess access,
                                      NetworkSyncPlanner planner, NetworkSyncApplier applier,
                                      Transactions transactions, AuditLogger auditLogger) {
        this.repository = repository;
        this.access = access;
        this.planner = planner;
        this.applier = applier;
        this.transactions = transactions;
        this.auditLogger = auditLogger;
    }

    @Override
    public ValidationResult validate(SyncNetworkProviderParameters p) {
        return NetworkProviderValidator.providerExists(repository.findByIdWithoutSecrets(p.providerId()),
                p.providerId());
    }

    @Override
    public NetworkSyncResult execute(SyncNetworkProviderParameters p) {
        Map<String, String> variables = auditVariables(p);
        boolean periodic = p.trigger() == SyncNetworkProviderParameters.Trigger.PERIODIC;
        if (!access.traits(p.providerId()).managed()) {
            // its networks live only in the engine: there is nothing on the provider to compare them with, and an
            // empty list must not read as "every network is gone"
            return new NetworkSyncResult(p.dryRun(), List.of(), periodic);
        }
        List<ProviderNetwork> onProvider = networksOnProvider(p, variables);
        List<NetworkSyncChange> planned = transactions.inTransaction(() -> planner.plan(p.providerId(), onProvider));
        if (p.dryRun()) {
            return new NetworkSyncResult(true, planned, periodic);
        }
        List<NetworkSyncChange> done = new ArrayList<>();
        for (NetworkSyncChange change : planned) {
            done.add(applier.apply(p.providerId(), change, variables, byId(onProvider, change.externalId())));
        }
        applier.forgetReappeared(p.providerId(), onProvider.stream().map(ProviderNetwork::externalId)
                .collect(Collectors.toSet()), variables);
        return new NetworkSyncResult(false, done, periodic);
    }

    private List<ProviderNetwork> networksOnProvider(SyncNetworkProviderParameters p, Map<String, String> variables) {
        try {
            return access.proxy(p.providerId(), variables).listNetworks().toList();
        } catch (ProviderException e) {
            if (e.code() == ProviderErrorCode.AUTHENTICATION && !p.dryRun()) {
                disableAutoSync(p.providerId(), variables, e);
            }
            throw e;
        }
    }

    private void disableAutoSync(UUID providerId, Map<String, String> variables, ProviderException cause) {
        NetworkProvider provider = repository.findById(providerId).orElse(null);
        if (provider == null || !provider.autoSync()) {
            return;
        }
        transactions.inTransaction(() -> {
            repository.update(new NetworkProvider(provider.id(), provider.name(), provider.description(),
                    provider.type(), provider.url(), provider.requiresAuthentication(), provider.username(),
                    provider.password(), provider.authenticationUrl(), provider.tenantName(),
                    provider.userDomainName(), provider.projectName(), provider.projectDomainName(),
                    provider.externalPluginType(), provider.readOnly(), false,
                    provider.customProperties()));
            return null;
        });
        Map<String, String> all = new HashMap<>(variables);
        all.put("Reason", cause.describe());
        auditLogger.log(AuditLogType.PROVIDER_SYNC_DISABLED_AUTHENTICATION, all, providerId);
    }

    private static ProviderNetwork byId(List<ProviderNetwork> networks, String externalId) {
        return networks.stream().filter(n -> n.externalId().equals(externalId)).findFirst().orElse(null);
    }

    @Override
    public boolean transactional() {
        return false;
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.PROVIDER_SYNCHRONIZED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.PROVIDER_SYNCHRONIZATION_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(SyncNetworkProviderParameters p) {
        return Map.of("Action", "synchronize", "ProviderName", repository.displayName(p.providerId()),
                "Trigger", p.trigger().label() + (p.dryRun() ? ", dry run: nothing was changed" : ""));
    }

    @Override
    public UUID auditProviderId(SyncNetworkProviderParameters p) {
        return p.providerId();
    }

    /** The periodic run takes the lock itself, without waiting, so that a node finding it held just skips. */
    @Override
    public UUID lockedProvider(SyncNetworkProviderParameters p) {
        return p.trigger() == SyncNetworkProviderParameters.Trigger.MANUAL ? p.providerId() : null;
    }
}
