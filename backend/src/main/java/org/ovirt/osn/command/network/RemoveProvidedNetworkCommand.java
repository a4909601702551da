package org.ovirt.osn.command.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.dal.network.ProvidedNetworkDao;
import org.ovirt.osn.dal.network.ProvidedNetworkEntity;
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.Vm;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmValidator;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.ovirt.osn.engine.InventoryValidator.Subject.NETWORK;
import static org.ovirt.osn.engine.InventoryValidator.networkExists;

/**
 * Removes an engine network and, on every provider that provides it, the provider network (the engine's RemoveNetwork
 * with {@code removeFromNetworkProvider}). Refused while vNICs use the network, when a provider is read-only, and
 * when the provider network is also imported into another data center (removing it there would pull it from under
 * that data center's network).
 *
 * <p>The providers are called first and outside any transaction; a network the provider no longer has counts as
 * removed. Only then are the engine network and its links removed, in one transaction. So a provider failure changes
 * nothing in the engine, and a run that failed after the provider step can simply be repeated.
 */
@ApplicationScoped
public class RemoveProvidedNetworkCommand implements Command<RemoveProvidedNetworkParameters, Void> {

    private NetworkProviderRepository repository;
    private ProviderNetworkAccess access;
    private EngineInventory inventory;
    private VmInventory vms;
    private ProvidedNetworkDao links;
    private Transactions transactions;

    protected RemoveProvidedNetworkCommand() {
        // for CDI proxies
    }

    @Inject
    public RemoveProvidedNetworkCommand(NetworkProviderRepository repository, ProviderNetworkAccess access,
                                        EngineInventory inventory, VmInventory vms, ProvidedNetworkDao links,
                                        Transactions transactions) {
        this.repository = repository;
        this.access = access;
        this.inventory = inventory;
        this.vms = vms;
        this.links = links;
        this.transactions = transactions;
    }

    @Override
    public ValidationResult validate(RemoveProvidedNetworkParameters p) {
        return ValidationResult.firstFailure(
                () -> networkExists(NETWORK, inventory.network(p.networkId()), p.networkId()),
                () -> VmValidator.notUsedByVnics(NETWORK, network(p).name(),
                        vms.nicsOnNetwork(p.networkId()).stream()
                                .map(n -> vms.vm(n.vmId()).map(Vm::name).orElse(n.vmId().toString())).toList()),
                () -> links.findByNetwork(p.networkId()).stream()
                        .map(link -> ValidationResult.firstFailure(
                                () -> repository.findByIdWithoutSecrets(link.getProviderId())
                                        .map(ExternalNetworkValidator::providerNotReadOnly)
                                        .orElse(ValidationResult.VALID),
                                () -> notImportedElsewhere(link, network(p))))
                        .filter(r -> !r.isValid()).findFirst().orElse(ValidationResult.VALID));
    }

    private ValidationResult notImportedElsewhere(ProvidedNetworkEntity link, LogicalNetwork network) {
        List<String> elsewhere = ProviderNetworkAccess.live(inventory,
                        links.findByExternal(link.getProviderId(), link.getExternalId())).stream()
                .filter(other -> !other.getNetworkId().equals(network.id()))
                .map(other -> inventory.dataCenter(other.getDataCenterId()).map(DataCenter::name)
                        .orElse(other.getDataCenterId().toString()))
                .sorted().toList();
        return elsewhere.isEmpty() ? ValidationResult.VALID : ValidationResult.failWith(
                EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_USED_IN_OTHER_DATA_CENTERS,
                Map.of("NetworkName", network.name(), "ProviderName", repository.displayName(link.getProviderId()),
                        "ExternalNetworkId", link.getExternalId(), "DataCenterNames", String.join(", ", elsewhere)));
    }

    @Override
    public Void execute(RemoveProvidedNetworkParameters p) {
        Map<String, String> variables = auditVariables(p);
        for (ProvidedNetworkEntity link : links.findByNetwork(p.networkId())) {
            // false (already gone) is what this step wants as well
            access.proxy(link.getProviderId(), variables).removeNetwork(link.getExternalId());
        }
        return transactions.inTransaction(() -> {
            links.removeByNetwork(p.networkId());
            inventory.removeNetwork(p.networkId());
            return null;
        });
    }

    private LogicalNetwork network(RemoveProvidedNetworkParameters p) {
        return inventory.network(p.networkId()).orElseThrow();
    }

    @Override
    public boolean transactional() {
        return false;
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.NETWORK_REMOVED_WITH_PROVIDER_NETWORK;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.NETWORK_REMOVAL_WITH_PROVIDER_NETWORK_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(RemoveProvidedNetworkParameters p) {
        String providers = links.findByNetwork(p.networkId()).stream().map(ProvidedNetworkEntity::getProviderId)
                .distinct().map(repository::displayName).collect(Collectors.joining(", "));
        return Map.of("Action", "remove", "NetworkName", inventory.network(p.networkId()).map(LogicalNetwork::name)
                        .orElse(String.valueOf(p.networkId())),
                "ProviderName", providers.isEmpty() ? "(none)" : providers);
    }

    /** The network's first provider; a network provided by several is serialised with that one's commands. */
    @Override
    public String subject() {
        return "network";
    }

    @Override
    public UUID lockedProvider(RemoveProvidedNetworkParameters p) {
        return links.findByNetwork(p.networkId()).stream().map(ProvidedNetworkEntity::getProviderId)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    @Override
    public UUID auditProviderId(RemoveProvidedNetworkParameters p) {
        return lockedProvider(p);
    }
}
