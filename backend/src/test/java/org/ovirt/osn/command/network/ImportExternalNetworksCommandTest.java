package org.ovirt.osn.command.network;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.dal.job.JobDao;
import org.ovirt.osn.dal.job.JobEntity;
import org.ovirt.osn.dal.job.JobStatus;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.job.JobNode;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.command.network.NetworkFixtures.DC;
import static org.ovirt.osn.command.network.NetworkFixtures.PROVIDER;
import static org.ovirt.osn.command.network.NetworkFixtures.PROVIDER_ID;

@ExtendWith(MockitoExtension.class)
class ImportExternalNetworksCommandTest {

    private static final UUID JOB = UUID.randomUUID();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @Mock
    private NetworkProviderRepository repository;
    @Mock
    private EngineInventory inventory;
    @Mock
    private JobDao jobs;

    private ImportExternalNetworksCommand command() {
        return new ImportExternalNetworksCommand(repository, inventory, jobs, new JobNode("node-1", "run-1"), 3,
                CLOCK);
    }

    private static ImportExternalNetworksParameters params(UUID dataCenter, String... externalIds) {
        return new ImportExternalNetworksParameters(JOB, PROVIDER_ID, dataCenter, Arrays.asList(externalIds), true,
                false, "admin@internal");
    }

    private void providerAndDataCenterExist() {
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.of(PROVIDER));
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
    }

    @Test
    void shouldPassValidationWhenListIsDistinctAndWithinLimit() {
        providerAndDataCenterExist();

        assertTrue(command().validate(params(DC.id(), "a", "b", "c")).isValid());
    }

    @Test
    void shouldFailWithProviderDoesntExistWhenProviderIsUnknown() {
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.empty());

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_DOESNT_EXIST,
                command().validate(params(DC.id(), "a")).message());
    }

    @Test
    void shouldFailWithFieldRequiredWhenNoDataCenterIsGiven() {
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.of(PROVIDER));

        assertEquals(EngineMessage.VALIDATION_INVENTORY_FIELD_REQUIRED,
                command().validate(params(null, "a")).message());
    }

    @Test
    void shouldFailWithDataCenterDoesntExistWhenDataCenterIsUnknown() {
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.of(PROVIDER));
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.empty());

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_DOESNT_EXIST,
                command().validate(params(DC.id(), "a")).message());
    }

    @Test
    void shouldFailWithNetworksRequiredWhenListIsEmpty() {
        providerAndDataCenterExist();

        assertEquals(EngineMessage.VALIDATION_BULK_IMPORT_NETWORKS_REQUIRED,
                command().validate(params(DC.id())).message());
    }

    @Test
    void shouldFailWithTooManyNetworksWhenListExceedsLimit() {
        providerAndDataCenterExist();

        var result = command().validate(params(DC.id(), "a", "b", "c", "d"));

        assertEquals(EngineMessage.VALIDATION_BULK_IMPORT_TOO_MANY_NETWORKS, result.message());
        assertEquals("4", result.variables().get("Count"));
        assertEquals("3", result.variables().get("Max"));
    }

    @Test
    void shouldFailWithNetworkIdRequiredWhenAnIdIsBlank() {
        providerAndDataCenterExist();

        var result = command().validate(params(DC.id(), "a", " "));

        assertEquals(EngineMessage.VALIDATION_BULK_IMPORT_NETWORK_ID_REQUIRED, result.message());
        assertEquals("2", result.variables().get("Position"));
    }

    @Test
    void shouldFailWithNetworkIdRequiredWhenAnIdIsMissing() {
        providerAndDataCenterExist();

        assertEquals(EngineMessage.VALIDATION_BULK_IMPORT_NETWORK_ID_REQUIRED,
                command().validate(params(DC.id(), (String) null)).message());
    }

    @Test
    void shouldFailWithDuplicateNetworkWhenAnIdIsListedTwice() {
        providerAndDataCenterExist();

        var result = command().validate(params(DC.id(), "a", "b", "a"));

        assertEquals(EngineMessage.VALIDATION_BULK_IMPORT_DUPLICATE_NETWORK, result.message());
        assertEquals("a", result.variables().get("ExternalNetworkId"));
    }

    @Test
    void shouldRecordAStartedJobOwnedByCallerOnThisNodeWhenExecuted() {
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));

        UUID id = command().execute(params(DC.id(), "a", "b"));

        ArgumentCaptor<JobEntity> saved = ArgumentCaptor.forClass(JobEntity.class);
        verify(jobs).save(saved.capture());
        assertEquals(JOB, id);
        assertEquals(JOB, saved.getValue().getId());
        assertEquals(JobStatus.STARTED, saved.getValue().getStatus());
        assertEquals("admin@internal", saved.getValue().getOwnerName());
        assertEquals("node-1", saved.getValue().getNodeId());
        assertEquals("run-1", saved.getValue().getBootId());
        assertEquals(CLOCK.instant(), saved.getValue().getStartTime().toInstant());
        assertEquals("Importing 2 networks of provider neutron-1 into data center Default",
                saved.getValue().getDescription());
    }

    @Test
    void shouldNameJobAndCountInAuditVariables() {
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));

        var variables = command().auditVariables(params(DC.id(), IntStream.range(0, 3).mapToObj(String::valueOf)
                .toArray(String[]::new)));

        assertEquals(JOB.toString(), variables.get("JobId"));
        assertEquals("3", variables.get("Count"));
        assertEquals("neutron-1", variables.get("ProviderName"));
        assertEquals("Default", variables.get("DataCenterName"));
    }

    @Test
    void shouldImportEachNetworkWithTheBulkOptionsWhenSplit() {
        ImportExternalNetworksParameters bulk = new ImportExternalNetworksParameters(JOB, PROVIDER_ID, DC.id(),
                List.of("a", "b"), false, true, "admin@internal");

        assertEquals(new ImportExternalNetworkParameters(PROVIDER_ID, "b", DC.id(), false, true), bulk.single(1));
    }
}
