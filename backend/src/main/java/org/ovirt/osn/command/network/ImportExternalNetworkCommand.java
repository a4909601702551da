package org.ovirt.osn.command.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.command.provider.NetworkProviderValidator;
import org.ovirt.osn.dal.network.ProvidedNetworkDao;
import org.ovirt.osn.engine.Cluster;
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.provider.ProviderNetwork;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.ovirt.osn.engine.InventoryValidator.Subject.NETWORK;
import static org.ovirt.osn.engine.InventoryValidator.dataCenterExists;
import static org.ovirt.osn.engine.InventoryValidator.given;

/**
 * The admin's import of a provider network into a data center (the engine's ImportExternalNetwork): validates what
 * the database knows, holds the provider lock, asks the provider for the network once, and hands it to
 * {@link InternalImportExternalNetworkCommand}, which writes everything in one transaction. Concurrent imports of one
 * provider network into one data center give one network. Read-only providers allow it.
 *
 * <p>The provider is asked in {@link #execute}, not in validation, so it is asked once and no transaction is open
 * while it answers; a network the provider no longer has fails the run as NOT_FOUND, as a refusal would.
 */
@ApplicationScoped
public class ImportExternalNetworkCommand implements Command<ImportExternalNetworkParameters, UUID> {

    private NetworkProviderRepository repository;
    private ProviderNetworkAccess access;
    private EngineInventory inventory;
    private ProvidedNetworkDao links;
    private InternalImportExternalNetworkCommand internalImport;
    private Transactions transactions;

    protected ImportExternalNetworkCommand() {
        // for CDI proxies
    }

    @Inject
    public ImportExternalNetworkCommand(NetworkProviderRepository repository, ProviderNetworkAccess access,
                                        EngineInventory inventory, ProvidedNetworkDao links,
                                        InternalImportExternalNetworkCommand internalImport,
                                        Transactions transactions) {
        this.repository = repository;
        this.access = access;
        this.inventory = inventory;
        this.links = links;
        this.internalImport = internalImport;
        this.transactions = transactions;
    }

    @Override
    public ValidationResult validate(ImportExternalNetworkParameters parameters) {
        UUID dataCenterId = parameters.dataCenterId();
        return ValidationResult.firstFailure(
                () -> NetworkProviderValidator.providerExists(
                        repository.findByIdWithoutSecrets(parameters.providerId()), parameters.providerId()),
                () -> given(NETWORK, "data_center", dataCenterId),
                () -> dataCenterExists(NETWORK, inventory.dataCenter(dataCenterId), dataCenterId),
                () -> ExternalNetworkValidator.notInDataCenter(ProviderNetworkAccess.live(inventory,
                                links.findByExternal(parameters.providerId(), parameters.externalId())),
                        inventory.dataCenter(dataCenterId).orElseThrow(), parameters.externalId()));
    }

    @Override
    public UUID execute(ImportExternalNetworkParameters parameters) {
        Map<String, String> variables = auditVariables(parameters);
        ProviderNetwork external = fetch(access, parameters.providerId(), parameters.externalId(), variables);
        List<UUID> clusters = parameters.attachToAllClusters()
                ? inventory.clustersOf(parameters.dataCenterId()).stream().map(Cluster::id).toList()
                : List.of();
        return transactions.inTransaction(() -> internalImport.run(new InternalImportExternalNetworkParameters(
                parameters.providerId(), external, parameters.dataCenterId(), null, parameters.publicUse(), clusters),
                variables));
    }

    /** The one call to the provider for the network; NOT_FOUND when it has none with this id. */
    static ProviderNetwork fetch(ProviderNetworkAccess access, UUID providerId, String externalId,
                                 Map<String, String> variables) {
        Optional<ProviderNetwork> found = access.network(providerId, externalId, variables);
        ValidationResult result = ExternalNetworkValidator.externalNetworkFound(found, externalId);
        if (!result.isValid()) {
            Map<String, String> all = new java.util.HashMap<>(variables);
            all.putAll(result.variables());
            throw new CommandFailedException(result.message(), all, null);
        }
        return found.get();
    }

    private String dataCenterName(UUID id) {
        return inventory.dataCenter(id).map(DataCenter::name).orElse(String.valueOf(id));
    }

    @Override
    public boolean transactional() {
        return false;
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
    public String subject() {
        return "provider network";
    }

    @Override
    public UUID lockedProvider(ImportExternalNetworkParameters parameters) {
        return parameters.providerId();
    }
}
