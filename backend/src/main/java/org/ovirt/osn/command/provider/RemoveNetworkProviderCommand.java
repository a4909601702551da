package org.ovirt.osn.command.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.dal.network.ProvidedNetworkDao;
import org.ovirt.osn.dal.network.ProvidedNetworkEntity;
import org.ovirt.osn.engine.Cluster;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.provider.health.ProviderHealthRegistry;
import org.ovirt.osn.provisioning.TransactionCallbacks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Unregisters a provider. Nothing is deleted on the provider itself; the engine networks it provided stay, no longer
 * provided by it. As the engine's RemoveProvider, refused while vNICs use its networks (they would lose their ports'
 * provider) and while it is a cluster's default network provider. Once the removal is committed, this node forgets
 * the provider's measurements (status, statistics, scraped metrics); a rolled back removal keeps them.
 */
@ApplicationScoped
public class RemoveNetworkProviderCommand implements Command<NetworkProviderIdParameters, Void> {

    private NetworkProviderRepository repository;
    private EngineInventory inventory;
    private VmInventory vms;
    private ProvidedNetworkDao links;
    private ProviderHealthRegistry health;
    private TransactionCallbacks transaction;

    protected RemoveNetworkProviderCommand() {
        // for CDI proxies
    }

    @Inject
    public RemoveNetworkProviderCommand(NetworkProviderRepository repository, EngineInventory inventory,
                                        VmInventory vms, ProvidedNetworkDao links, ProviderHealthRegistry health,
                                        TransactionCallbacks transaction) {
        this.repository = repository;
        this.inventory = inventory;
        this.vms = vms;
        this.links = links;
        this.health = health;
        this.transaction = transaction;
    }

    @Override
    public ValidationResult validate(NetworkProviderIdParameters parameters) {
        UUID providerId = parameters.providerId();
        return ValidationResult.firstFailure(
                () -> NetworkProviderValidator.providerExists(repository.findByIdWithoutSecrets(providerId),
                        providerId),
                () -> networksNotUsed(providerId),
                () -> notDefaultOfClusters(providerId));
    }

    private ValidationResult networksNotUsed(UUID providerId) {
        List<LogicalNetwork> used = new ArrayList<>();
        List<VmNic> nics = new ArrayList<>();
        links.findByProvider(providerId).stream().map(ProvidedNetworkEntity::getNetworkId).distinct()
                .forEach(networkId -> {
                    List<VmNic> onNetwork = vms.nicsOnNetwork(networkId);
                    if (!onNetwork.isEmpty()) {
                        inventory.network(networkId).ifPresent(used::add);
                        nics.addAll(onNetwork);
                    }
                });
        return ValidationResult.validWhen(nics.isEmpty(), EngineMessage.ACTION_TYPE_FAILED_PROVIDER_NETWORKS_USED,
                Map.of("ProviderName", repository.displayName(providerId),
                        "VnicCount", String.valueOf(nics.size()),
                        "VmCount", String.valueOf(nics.stream().map(VmNic::vmId).distinct().count()),
                        "NetworkNames", used.stream().map(LogicalNetwork::name).sorted()
                                .collect(Collectors.joining(", "))));
    }

    private ValidationResult notDefaultOfClusters(UUID providerId) {
        List<String> clusters = inventory.clustersWithDefaultNetworkProvider(providerId).stream().map(Cluster::name)
                .toList();
        return ValidationResult.validWhen(clusters.isEmpty(), EngineMessage.ACTION_TYPE_FAILED_PROVIDER_USED_IN_CLUSTER,
                Map.of("ProviderName", repository.displayName(providerId),
                        "ClusterNames", String.join(", ", clusters)));
    }

    @Override
    public Void execute(NetworkProviderIdParameters parameters) {
        UUID providerId = parameters.providerId();
        repository.remove(providerId);
        transaction.afterCommit(() -> health.forget(providerId));
        return null;
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.PROVIDER_REMOVED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.PROVIDER_REMOVAL_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(NetworkProviderIdParameters parameters) {
        return Map.of("ProviderName", repository.displayName(parameters.providerId()), "Action", "remove");
    }

    @Override
    public UUID lockedProvider(NetworkProviderIdParameters parameters) {
        return parameters.providerId();
    }

    @Override
    public UUID auditProviderId(NetworkProviderIdParameters parameters) {
        return parameters.providerId();
    }
}
