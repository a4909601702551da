package org.ovirt.osn.command.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.command.provider.NetworkProviderValidator;
import org.ovirt.osn.config.OsnConfiguration;
import org.ovirt.osn.dal.job.JobDao;
import org.ovirt.osn.dal.job.JobEntity;
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.job.JobNode;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.ovirt.osn.engine.InventoryValidator.Subject.NETWORK;
import static org.ovirt.osn.engine.InventoryValidator.dataCenterExists;
import static org.ovirt.osn.engine.InventoryValidator.given;

/**
 * Starts a bulk import: checks what can be checked before any network is touched (provider, data center, a
 * non-empty, bounded list without duplicates) and records the job, started. The networks themselves are imported
 * afterwards, one by one, by {@link org.ovirt.osn.job.BulkNetworkImport}, each through the public
 * {@link ImportExternalNetworkCommand} in its own transaction. No provider lock here: each import takes it.
 *
 * @see org.ovirt.osn.job.BulkNetworkImport
 */
@ApplicationScoped
public class ImportExternalNetworksCommand implements Command<ImportExternalNetworksParameters, UUID> {

    /** Default of {@code osn.import.bulk.max}. */
    public static final int DEFAULT_MAX_NETWORKS = 1000;

    private NetworkProviderRepository repository;
    private EngineInventory inventory;
    private JobDao jobs;
    private JobNode node;
    private int maxNetworks;
    private Clock clock;

    protected ImportExternalNetworksCommand() {
        // for CDI proxies
    }

    @Inject
    public ImportExternalNetworksCommand(NetworkProviderRepository repository, EngineInventory inventory, JobDao jobs,
                                         JobNode node, OsnConfiguration configuration) {
        this(repository, inventory, jobs, node, configuration.getInt("osn.import.bulk.max", DEFAULT_MAX_NETWORKS),
                Clock.systemUTC());
    }

    public ImportExternalNetworksCommand(NetworkProviderRepository repository, EngineInventory inventory, JobDao jobs,
                                         JobNode node, int maxNetworks, Clock clock) {
        this.repository = repository;
        this.inventory = inventory;
        this.jobs = jobs;
        this.node = node;
        this.maxNetworks = maxNetworks;
        this.clock = clock;
    }

    @Override
    public ValidationResult validate(ImportExternalNetworksParameters parameters) {
        return ValidationResult.firstFailure(
                () -> NetworkProviderValidator.providerExists(
                        repository.findByIdWithoutSecrets(parameters.providerId()), parameters.providerId()),
                () -> given(NETWORK, "data_center", parameters.dataCenterId()),
                () -> dataCenterExists(NETWORK, inventory.dataCenter(parameters.dataCenterId()),
                        parameters.dataCenterId()),
                () -> BulkImportValidator.networksGiven(parameters.externalIds()),
                () -> BulkImportValidator.withinLimit(parameters.externalIds(), maxNetworks),
                () -> BulkImportValidator.everyIdGiven(parameters.externalIds()),
                () -> BulkImportValidator.noDuplicates(parameters.externalIds()));
    }

    /** @return the id of the job, started */
    @Override
    public UUID execute(ImportExternalNetworksParameters parameters) {
        UUID id = parameters.jobId();
        jobs.save(new JobEntity(id, description(parameters), parameters.owner(), node.nodeId(), node.runId(),
                OffsetDateTime.now(clock)));
        return id;
    }

    private String description(ImportExternalNetworksParameters parameters) {
        return "Importing " + parameters.externalIds().size() + " networks of provider "
                + repository.displayName(parameters.providerId()) + " into data center "
                + dataCenterName(parameters.dataCenterId());
    }

    private String dataCenterName(UUID id) {
        return id == null ? "?" : inventory.dataCenter(id).map(DataCenter::name).orElse(String.valueOf(id));
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.NETWORKS_BULK_IMPORT_STARTED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.NETWORKS_BULK_IMPORT_START_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(ImportExternalNetworksParameters parameters) {
        Map<String, String> variables = new HashMap<>();
        variables.put("Action", "import");
        variables.put("JobId", String.valueOf(parameters.jobId()));
        variables.put("ProviderName", repository.displayName(parameters.providerId()));
        variables.put("DataCenterName", dataCenterName(parameters.dataCenterId()));
        variables.put("Count", String.valueOf(parameters.externalIds().size()));
        return variables;
    }

    @Override
    public UUID auditProviderId(ImportExternalNetworksParameters parameters) {
        return parameters.providerId();
    }
}
