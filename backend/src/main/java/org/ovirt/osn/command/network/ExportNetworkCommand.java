package org.ovirt.osn.command.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.command.provider.NetworkProviderValidator;
import org.ovirt.osn.dal.network.ProvidedNetworkDao;
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.ProviderNetwork;
import org.ovirt.osn.provider.ProviderNetworkSpec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.ovirt.osn.engine.InventoryValidator.MAX_DESCRIPTION;
import static org.ovirt.osn.engine.InventoryValidator.MAX_NETWORK_NAME;
import static org.ovirt.osn.engine.InventoryValidator.Subject.NETWORK;
import static org.ovirt.osn.engine.InventoryValidator.dataCenterExists;
import static org.ovirt.osn.engine.InventoryValidator.fits;
import static org.ovirt.osn.engine.InventoryValidator.given;
import static org.ovirt.osn.engine.InventoryValidator.mtuValid;
import static org.ovirt.osn.engine.InventoryValidator.networkExists;
import static org.ovirt.osn.engine.InventoryValidator.networkNameFree;
import static org.ovirt.osn.engine.InventoryValidator.printableNameValid;

/**
 * Creates a network on a provider and then in a data center, provided by it (the engine's AddNetworkOnProvider, with
 * an optional subnet as AddNetworkWithSubnetOnProvider). The provider is called first and outside any transaction;
 * the engine network is then written by {@link InternalImportExternalNetworkCommand} in one transaction. Unlike the
 * engine, nothing is left half done: if the subnet or the database step fails, the provider network is deleted again
 * (its subnet with it), and a provider failure writes nothing. Read-only providers refuse.
 */
@ApplicationScoped
public class ExportNetworkCommand implements Command<ExportNetworkParameters, UUID> {

    private static final System.Logger LOG = System.getLogger(ExportNetworkCommand.class.getName());

    private NetworkProviderRepository repository;
    private ProviderNetworkAccess access;
    private EngineInventory inventory;
    private ProvidedNetworkDao links;
    private InternalImportExternalNetworkCommand internalImport;
    private Transactions transactions;

    protected ExportNetworkCommand() {
        // for CDI proxies
    }

    @Inject
    public ExportNetworkCommand(NetworkProviderRepository repository, ProviderNetworkAccess access,
                                EngineInventory inventory, ProvidedNetworkDao links,
                                InternalImportExternalNetworkCommand internalImport, Transactions transactions) {
        this.repository = repository;
        this.access = access;
        this.inventory = inventory;
        this.links = links;
        this.internalImport = internalImport;
        this.transactions = transactions;
    }

    @Override
    public ValidationResult validate(ExportNetworkParameters p) {
        UUID dataCenterId = p.dataCenterId();
        return ValidationResult.firstFailure(
                () -> providerExists(p),
                () -> ExternalNetworkValidator.providerNotReadOnly(
                        repository.findByIdWithoutSecrets(p.providerId()).orElseThrow()),
                () -> given(NETWORK, "data_center", dataCenterId),
                () -> dataCenterExists(NETWORK, inventory.dataCenter(dataCenterId), dataCenterId),
                () -> printableNameValid(NETWORK, p.name(), MAX_NETWORK_NAME),
                () -> fits(NETWORK, "description", p.description(), MAX_DESCRIPTION),
                () -> mtuValid(p.mtu()),
                () -> p.vmNetwork() ? ValidationResult.VALID : ValidationResult.failWith(
                        EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_MUST_BE_VM_NETWORK, providerName(p)),
                () -> p.vlanId() == null ? ValidationResult.VALID : ValidationResult.failWith(
                        EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_VLAN_FROM_PHYSICAL_NETWORK, providerName(p)),
                () -> physicalNetworkValid(p),
                () -> p.subnet() == null ? ValidationResult.VALID : ValidationResult.firstFailure(
                        () -> keepsSubnets(repository.findByIdWithoutSecrets(p.providerId()).orElseThrow()),
                        () -> AddSubnetToProviderCommand.subnetValid(p.subnet())),
                () -> networkNameFree(new LogicalNetwork(null, dataCenterId, p.name(), null, p.mtu(), null, true, null),
                        inventory.networkByName(dataCenterId, p.name()), dataCenter(dataCenterId)));
    }

    /** As the provider rule, worded for this action ("Cannot create a network on provider …"). */
    private ValidationResult providerExists(ExportNetworkParameters p) {
        ValidationResult result = NetworkProviderValidator.providerExists(
                repository.findByIdWithoutSecrets(p.providerId()), p.providerId());
        if (result.isValid()) {
            return result;
        }
        Map<String, String> variables = new HashMap<>(result.variables());
        variables.put("Action", "create a network on");
        return ValidationResult.failWith(result.message(), variables);
    }

    private ValidationResult keepsSubnets(NetworkProvider provider) {
        return ExternalNetworkValidator.providerKeepsSubnets(provider, access.traits(provider));
    }

    private ValidationResult physicalNetworkValid(ExportNetworkParameters p) {
        if (p.physicalNetworkId() == null) {
            return ValidationResult.VALID;
        }
        Optional<LogicalNetwork> physical = inventory.network(p.physicalNetworkId());
        return ValidationResult.firstFailure(
                () -> networkExists(NETWORK, physical, p.physicalNetworkId()),
                () -> ExternalNetworkValidator.physicalNetworkUsable(physical.orElseThrow(),
                        dataCenter(p.dataCenterId()), links.findByNetwork(p.physicalNetworkId())));
    }

    @Override
    public UUID execute(ExportNetworkParameters p) {
        Map<String, String> variables = auditVariables(p);
        NetworkProviderProxy proxy = access.proxy(p.providerId(), variables);
        ProviderNetwork created = proxy.addNetwork(spec(p));
        try {
            if (p.subnet() != null) {
                proxy.addSubnet(created.externalId(), AddSubnetToProviderCommand.spec(p.subnet()));
            }
            return transactions.inTransaction(() -> internalImport.run(new InternalImportExternalNetworkParameters(
                    p.providerId(), created, p.dataCenterId(), p.description(), true, List.of()), variables));
        } catch (RuntimeException e) {
            throw compensated(proxy, created, variables, e);
        }
    }

    /** Deletes the provider network this run created; the original failure stays the one reported. */
    private RuntimeException compensated(NetworkProviderProxy proxy, ProviderNetwork created,
                                         Map<String, String> variables, RuntimeException failure) {
        try {
            proxy.removeNetwork(created.externalId());
            return failure;
        } catch (ProviderException removal) {
            LOG.log(System.Logger.Level.ERROR, "Export of " + created.name() + " failed and network "
                    + created.externalId() + " could not be removed from the provider again", removal);
            Map<String, String> all = new HashMap<>(variables);
            all.put("ExternalNetworkId", created.externalId());
            all.put("Cause", failure instanceof ProviderException pe ? pe.describe() : String.valueOf(
                    failure.getMessage()));
            all.put("Detail", removal.describe());
            CommandFailedException left = new CommandFailedException(EngineMessage.PROVIDER_NETWORK_LEFT_BEHIND, all,
                    failure);
            left.addSuppressed(removal);
            return left;
        }
    }

    /** Flat or VLAN on the physical network the hosts know by its vdsm name; else the provider's own type. */
    ProviderNetworkSpec spec(ExportNetworkParameters p) {
        ProviderNetworkSpec spec = ProviderNetworkSpec.tenant(p.name());
        if (p.physicalNetworkId() != null) {
            LogicalNetwork physical = inventory.network(p.physicalNetworkId()).orElseThrow();
            spec = physical.vlanId() == null ? ProviderNetworkSpec.flat(p.name(), physical.vdsmName())
                    : ProviderNetworkSpec.vlan(p.name(), physical.vdsmName(), physical.vlanId());
        }
        return spec.withMtu(p.mtu() == LogicalNetwork.DEFAULT_MTU ? null : p.mtu())
                .withPortSecurity(p.portSecurityEnabled());
    }

    private Map<String, String> providerName(ExportNetworkParameters p) {
        return Map.of("ProviderName", repository.displayName(p.providerId()));
    }

    private DataCenter dataCenter(UUID id) {
        return inventory.dataCenter(id).orElseThrow();
    }

    @Override
    public boolean transactional() {
        return false;
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.NETWORK_EXPORTED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.NETWORK_EXPORT_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(ExportNetworkParameters p) {
        return Map.of("Action", "export", "ProviderName", repository.displayName(p.providerId()),
                "NetworkName", String.valueOf(p.name()),
                "DataCenterName", p.dataCenterId() == null ? "?" : inventory.dataCenter(p.dataCenterId())
                        .map(DataCenter::name).orElse(p.dataCenterId().toString()));
    }

    @Override
    public UUID auditProviderId(ExportNetworkParameters p) {
        return p.providerId();
    }

    @Override
    public String subject() {
        return "network";
    }

    @Override
    public UUID lockedProvider(ExportNetworkParameters p) {
        return p.providerId();
    }
}
