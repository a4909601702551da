package org.ovirt.osn.command.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.PersistenceErrors;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.command.provider.NetworkProviderValidator;
import org.ovirt.osn.dal.network.ProvidedNetworkDao;
import org.ovirt.osn.dal.network.ProvidedNetworkEntity;
import org.ovirt.osn.engine.Cluster;
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.InventoryConflictException;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.NetworkClusterAttachment;
import org.ovirt.osn.engine.VnicProfile;
import org.ovirt.osn.provider.ProviderNetwork;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.ovirt.osn.engine.InventoryValidator.MAX_NETWORK_NAME;
import static org.ovirt.osn.engine.InventoryValidator.Subject.NETWORK;
import static org.ovirt.osn.engine.InventoryValidator.dataCenterExists;
import static org.ovirt.osn.engine.InventoryValidator.given;
import static org.ovirt.osn.engine.InventoryValidator.mtuValid;
import static org.ovirt.osn.engine.InventoryValidator.networkNameFree;
import static org.ovirt.osn.engine.InventoryValidator.printableNameValid;

/**
 * A provider network becomes a new network of a data center, under the provider's name, with a default vNIC profile,
 * optionally attached (not required) to every cluster of the data center, and marked as provided by the provider.
 * Everything is written in one transaction while the provider is locked, so a network is never half imported and
 * concurrent imports of one provider network into one data center give one network. Read-only providers allow it.
 */
@ApplicationScoped
public class ImportExternalNetworkCommand implements Command<ImportExternalNetworkParameters, UUID> {

    static final String UNIQUE_EXTERNAL = "uq_osn_provided_network_external";

    private NetworkProviderRepository repository;
    private ProviderNetworkAccess access;
    private EngineInventory inventory;
    private ProvidedNetworkDao links;

    protected ImportExternalNetworkCommand() {
        // for CDI proxies
    }

    @Inject
    public ImportExternalNetworkCommand(NetworkProviderRepository repository, ProviderNetworkAccess access,
                                        EngineInventory inventory, ProvidedNetworkDao links) {
        this.repository = repository;
        this.access = access;
        this.inventory = inventory;
        this.links = links;
    }

    @Override
    public ValidationResult validate(ImportExternalNetworkParameters parameters) {
        UUID dataCenterId = parameters.dataCenterId();
        ProviderNetwork[] found = new ProviderNetwork[1];
        return ValidationResult.firstFailure(
                () -> NetworkProviderValidator.providerExists(
                        repository.findByIdWithoutSecrets(parameters.providerId()), parameters.providerId()),
                () -> given(NETWORK, "data_center", dataCenterId),
                () -> dataCenterExists(NETWORK, inventory.dataCenter(dataCenterId), dataCenterId),
                () -> {
                    var network = access.network(parameters.providerId(), parameters.externalId(),
                            auditVariables(parameters));
                    network.ifPresent(n -> found[0] = n);
                    return ExternalNetworkValidator.externalNetworkFound(network, parameters.externalId());
                },
                () -> ExternalNetworkValidator.notInDataCenter(ProviderNetworkAccess.live(inventory,
                                links.findByExternal(parameters.providerId(), parameters.externalId())),
                        inventory.dataCenter(dataCenterId).orElseThrow(), parameters.externalId()),
                () -> printableNameValid(NETWORK, found[0].name(), MAX_NETWORK_NAME),
                () -> mtuValid(mtuOf(found[0])),
                () -> networkNameFree(candidate(found[0], dataCenterId),
                        inventory.networkByName(dataCenterId, found[0].name()),
                        inventory.dataCenter(dataCenterId).orElseThrow()));
    }

    @Override
    public UUID execute(ImportExternalNetworkParameters parameters) {
        Map<String, String> variables = auditVariables(parameters);
        ProviderNetwork external = access.network(parameters.providerId(), parameters.externalId(), variables)
                .orElseThrow(() -> new CommandFailedException(
                        ExternalNetworkValidator.externalNetworkFound(java.util.Optional.empty(),
                                parameters.externalId())));
        UUID dataCenterId = parameters.dataCenterId();
        UUID physicalNetworkId = ProviderNetworkAccess.physicalNetwork(inventory, dataCenterId, external)
                .map(LogicalNetwork::id).orElse(null);
        LogicalNetwork added;
        try {
            added = inventory.addNetwork(candidate(external, dataCenterId).withId(UUID.randomUUID()));
        } catch (InventoryConflictException e) {
            throw nameInUse(external, dataCenterId, variables, e);
        }
        inventory.addVnicProfile(new VnicProfile(UUID.randomUUID(), added.id(), added.name(), null,
                parameters.publicUse(), Map.of()));
        if (parameters.attachToAllClusters()) {
            for (Cluster cluster : inventory.clustersOf(dataCenterId)) {
                inventory.attachNetworkToCluster(new NetworkClusterAttachment(added.id(), cluster.id(), false));
            }
        }
        ProviderNetworkAccess.removeStale(inventory, links, parameters.providerId(), external.externalId(),
                dataCenterId);
        try {
            links.save(new ProvidedNetworkEntity(UUID.randomUUID(), added.id(), parameters.providerId(),
                    external.externalId(), dataCenterId, physicalNetworkId, OffsetDateTime.now(ZoneOffset.UTC)));
        } catch (PersistenceException e) {
            if (PersistenceErrors.violates(e, UNIQUE_EXTERNAL)) {
                Map<String, String> all = new HashMap<>(variables);
                all.put("DataCenterName", dataCenterName(dataCenterId));
                throw new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_ALREADY_EXISTS,
                        all, e);
            }
            throw e;
        }
        return added.id();
    }

    static int mtuOf(ProviderNetwork network) {
        return network.mtu() == null ? LogicalNetwork.DEFAULT_MTU : network.mtu();
    }

    /** A VM network; tagged only when the provider network is a VLAN. */
    static LogicalNetwork candidate(ProviderNetwork external, UUID dataCenterId) {
        return new LogicalNetwork(null, dataCenterId, external.name(), null, mtuOf(external), external.vlanId(),
                true, null);
    }

    private CommandFailedException nameInUse(ProviderNetwork external, UUID dataCenterId,
                                             Map<String, String> variables, RuntimeException cause) {
        Map<String, String> all = new HashMap<>(variables);
        all.put("NetworkName", external.name());
        all.put("DataCenterName", dataCenterName(dataCenterId));
        return new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_NETWORK_NAME_IN_USE_IN_DATA_CENTER, all,
                cause);
    }

    private String dataCenterName(UUID id) {
        return inventory.dataCenter(id).map(DataCenter::name).orElse(String.valueOf(id));
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.NETWORK_IMPORT_EXTERNAL_NETWORK;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.NETWORK_IMPORT_EXTERNAL_NETWORK_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(ImportExternalNetworkParameters parameters) {
        return Map.of("Action", "import", "ProviderName", repository.displayName(parameters.providerId()),
                "ExternalNetworkId", String.valueOf(parameters.externalId()),
                "DataCenterName", parameters.dataCenterId() == null ? "?" : dataCenterName(parameters.dataCenterId()));
    }

    @Override
    public UUID auditProviderId(ImportExternalNetworkParameters parameters) {
        return parameters.providerId();
    }

    @Override
    public UUID lockedProvider(ImportExternalNetworkParameters parameters) {
        return parameters.providerId();
    }
}
