package org.ovirt.osn.command.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.PersistenceErrors;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.dal.network.ProvidedNetworkDao;
import org.ovirt.osn.dal.network.ProvidedNetworkEntity;
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

import static org.ovirt.osn.engine.InventoryValidator.MAX_DESCRIPTION;
import static org.ovirt.osn.engine.InventoryValidator.MAX_NETWORK_NAME;
import static org.ovirt.osn.engine.InventoryValidator.Subject.NETWORK;
import static org.ovirt.osn.engine.InventoryValidator.dataCenterExists;
import static org.ovirt.osn.engine.InventoryValidator.fits;
import static org.ovirt.osn.engine.InventoryValidator.mtuValid;
import static org.ovirt.osn.engine.InventoryValidator.networkNameFree;
import static org.ovirt.osn.engine.InventoryValidator.printableNameValid;

/**
 * The database half of bringing a provider network into the engine, shared by import, export and sync (the engine's
 * InternalImportExternalNetwork): a new data center network under the provider's name and MTU, tagged when the
 * provider network is a VLAN, with a default vNIC profile, attached (not required) to the given clusters, and the
 * provided-by link (with the physical network that carries a flat or VLAN network). The provider is not asked: the
 * caller passes the network it got, so one flow asks the provider once.
 *
 * <p>Internal: no lock, no audit and no transaction of its own. The caller holds the provider lock, runs {@link #run}
 * in its transaction and audits the outcome; a refusal or failure surfaces as a {@link CommandFailedException}.
 */
@ApplicationScoped
public class InternalImportExternalNetworkCommand {

    static final String UNIQUE_EXTERNAL = "uq_osn_provided_network_external";

    private EngineInventory inventory;
    private ProvidedNetworkDao links;

    protected InternalImportExternalNetworkCommand() {
        // for CDI proxies
    }

    @Inject
    public InternalImportExternalNetworkCommand(EngineInventory inventory, ProvidedNetworkDao links) {
        this.inventory = inventory;
        this.links = links;
    }

    /**
     * Validates, then executes.
     *
     * @param variables the caller's message variables (Action, ProviderName, …), added to a failure's own
     * @return the id of the new engine network
     */
    public UUID run(InternalImportExternalNetworkParameters parameters, Map<String, String> variables) {
        ValidationResult validation = validate(parameters);
        if (!validation.isValid()) {
            Map<String, String> all = new HashMap<>(variables);
            all.putAll(validation.variables());
            throw new CommandFailedException(validation.message(), all, null);
        }
        return execute(parameters, variables);
    }

    public ValidationResult validate(InternalImportExternalNetworkParameters parameters) {
        UUID dataCenterId = parameters.dataCenterId();
        ProviderNetwork external = parameters.network();
        return ValidationResult.firstFailure(
                () -> dataCenterExists(NETWORK, inventory.dataCenter(dataCenterId), dataCenterId),
                () -> ExternalNetworkValidator.notInDataCenter(ProviderNetworkAccess.live(inventory,
                                links.findByExternal(parameters.providerId(), external.externalId())),
                        dataCenter(dataCenterId), external.externalId()),
                () -> printableNameValid(NETWORK, external.name(), MAX_NETWORK_NAME),
                () -> fits(NETWORK, "description", parameters.description(), MAX_DESCRIPTION),
                () -> mtuValid(mtuOf(external)),
                () -> networkNameFree(candidate(parameters), inventory.networkByName(dataCenterId, external.name()),
                        dataCenter(dataCenterId)));
    }

    public UUID execute(InternalImportExternalNetworkParameters parameters, Map<String, String> variables) {
        ProviderNetwork external = parameters.network();
        UUID dataCenterId = parameters.dataCenterId();
        UUID physicalNetworkId = ProviderNetworkAccess.physicalNetwork(inventory, dataCenterId, external)
                .map(LogicalNetwork::id).orElse(null);
        LogicalNetwork added;
        try {
            added = inventory.addNetwork(candidate(parameters).withId(UUID.randomUUID()));
        } catch (InventoryConflictException e) {
            throw failure(EngineMessage.ACTION_TYPE_FAILED_NETWORK_NAME_IN_USE_IN_DATA_CENTER, parameters, variables,
                    e);
        }
        inventory.addVnicProfile(new VnicProfile(UUID.randomUUID(), added.id(), added.name(), null,
                parameters.publicUse(), Map.of()));
        for (UUID clusterId : parameters.clusterIds()) {
            inventory.attachNetworkToCluster(new NetworkClusterAttachment(added.id(), clusterId, false));
        }
        ProviderNetworkAccess.removeStale(inventory, links, parameters.providerId(), external.externalId(),
                dataCenterId);
        try {
            links.save(new ProvidedNetworkEntity(UUID.randomUUID(), added.id(), parameters.providerId(),
                    external.externalId(), dataCenterId, physicalNetworkId, OffsetDateTime.now(ZoneOffset.UTC)));
        } catch (PersistenceException e) {
            if (PersistenceErrors.violates(e, UNIQUE_EXTERNAL)) {
                throw failure(EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_ALREADY_EXISTS, parameters, variables,
                        e);
            }
            throw e;
        }
        return added.id();
    }

    static int mtuOf(ProviderNetwork network) {
        return network.mtu() == null ? LogicalNetwork.DEFAULT_MTU : network.mtu();
    }

    /** A VM network; tagged only when the provider network is a VLAN. */
    static LogicalNetwork candidate(InternalImportExternalNetworkParameters parameters) {
        ProviderNetwork external = parameters.network();
        return new LogicalNetwork(null, parameters.dataCenterId(), external.name(), parameters.description(),
                mtuOf(external), external.vlanId(), true, null);
    }

    private CommandFailedException failure(EngineMessage message, InternalImportExternalNetworkParameters parameters,
                                           Map<String, String> variables, RuntimeException cause) {
        Map<String, String> all = new HashMap<>(variables);
        all.put("NetworkName", parameters.network().name());
        all.put("ExternalNetworkId", parameters.network().externalId());
        all.put("DataCenterName", inventory.dataCenter(parameters.dataCenterId()).map(DataCenter::name)
                .orElse(String.valueOf(parameters.dataCenterId())));
        return new CommandFailedException(message, all, cause);
    }

    private DataCenter dataCenter(UUID id) {
        return inventory.dataCenter(id).orElseThrow();
    }
}
