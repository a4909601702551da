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
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.provider.ProviderNetwork;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.ovirt.osn.engine.InventoryValidator.Subject.NETWORK;
import static org.ovirt.osn.engine.InventoryValidator.given;
import static org.ovirt.osn.engine.InventoryValidator.networkExists;

/**
 * Marks an existing data center network as also provided by a provider network, in addition to any other provider.
 * Nothing changes on the engine network itself. The provider is asked for its network once, in {@link #execute}
 * (a network it does not have fails the run as NOT_FOUND).
 */
@ApplicationScoped
public class LinkExternalNetworkCommand implements Command<LinkExternalNetworkParameters, UUID> {

    static final String UNIQUE_NETWORK = "uq_osn_provided_network_network";

    private NetworkProviderRepository repository;
    private ProviderNetworkAccess access;
    private EngineInventory inventory;
    private ProvidedNetworkDao links;

    protected LinkExternalNetworkCommand() {
        // for CDI proxies
    }

    @Inject
    public LinkExternalNetworkCommand(NetworkProviderRepository repository, ProviderNetworkAccess access,
                                      EngineInventory inventory, ProvidedNetworkDao links) {
        this.repository = repository;
        this.access = access;
        this.inventory = inventory;
        this.links = links;
    }

    @Override
    public ValidationResult validate(LinkExternalNetworkParameters parameters) {
        return ValidationResult.firstFailure(
                () -> NetworkProviderValidator.providerExists(
                        repository.findByIdWithoutSecrets(parameters.providerId()), parameters.providerId()),
                () -> given(NETWORK, "network", parameters.networkId()),
                () -> networkExists(NETWORK, inventory.network(parameters.networkId()), parameters.networkId()),
                () -> ExternalNetworkValidator.notYetProvidedBy(links.findByNetwork(parameters.networkId()),
                        parameters.providerId(), network(parameters)),
                () -> ExternalNetworkValidator.notInDataCenter(ProviderNetworkAccess.live(inventory,
                                links.findByExternal(parameters.providerId(), parameters.externalId())),
                        dataCenter(network(parameters).dataCenterId()), parameters.externalId()));
    }

    @Override
    public UUID execute(LinkExternalNetworkParameters parameters) {
        Map<String, String> variables = auditVariables(parameters);
        LogicalNetwork network = network(parameters);
        ProviderNetwork external = ImportExternalNetworkCommand.fetch(access, parameters.providerId(),
                parameters.externalId(), variables);
        UUID physicalNetworkId = ProviderNetworkAccess.physicalNetwork(inventory, network.dataCenterId(), external)
                .map(LogicalNetwork::id).orElse(null);
        ProviderNetworkAccess.removeStale(inventory, links, parameters.providerId(), external.externalId(),
                network.dataCenterId());
        try {
            links.save(new ProvidedNetworkEntity(UUID.randomUUID(), network.id(), parameters.providerId(),
                    external.externalId(), network.dataCenterId(), physicalNetworkId,
                    OffsetDateTime.now(ZoneOffset.UTC)));
        } catch (PersistenceException e) {
            Map<String, String> all = new HashMap<>(variables);
            all.put("NetworkName", network.name());
            all.put("DataCenterName", dataCenter(network.dataCenterId()).name());
            if (PersistenceErrors.violates(e, UNIQUE_NETWORK)) {
                throw new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_NETWORK_ALREADY_PROVIDED_BY_PROVIDER,
                        all, e);
            }
            if (PersistenceErrors.violates(e, InternalImportExternalNetworkCommand.UNIQUE_EXTERNAL)) {
                throw new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_ALREADY_EXISTS,
                        all, e);
            }
            throw e;
        }
        return network.id();
    }

    private LogicalNetwork network(LinkExternalNetworkParameters parameters) {
        return inventory.network(parameters.networkId()).orElseThrow();
    }

    private DataCenter dataCenter(UUID id) {
        return inventory.dataCenter(id).orElseThrow();
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.NETWORK_LINKED_TO_EXTERNAL_NETWORK;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.NETWORK_LINK_TO_EXTERNAL_NETWORK_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(LinkExternalNetworkParameters parameters) {
        String networkName = parameters.networkId() == null ? "?" : inventory.network(parameters.networkId())
                .map(LogicalNetwork::name).orElse(String.valueOf(parameters.networkId()));
        return Map.of("Action", "link", "ProviderName", repository.displayName(parameters.providerId()),
                "ExternalNetworkId", String.valueOf(parameters.externalId()), "NetworkName", networkName);
    }

    @Override
    public UUID auditProviderId(LinkExternalNetworkParameters parameters) {
        return parameters.providerId();
    }

    @Override
    public String subject() {
        return "provider network";
    }

    @Override
    public UUID lockedProvider(LinkExternalNetworkParameters parameters) {
        return parameters.providerId();
    }
}
