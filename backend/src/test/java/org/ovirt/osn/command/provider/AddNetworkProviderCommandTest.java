package org.ovirt.osn.command.provider;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.FailureKind;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxies;
import org.ovirt.osn.provider.NetworkProviderType;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.command.provider.ProviderBuilder.neutron;

@ExtendWith(MockitoExtension.class)
class AddNetworkProviderCommandTest {

    @Mock
    private NetworkProviderRepository repository;
    @Mock
    private NetworkProviderProxies proxies;

    private AddNetworkProviderCommand command() {
        return new AddNetworkProviderCommand(repository, proxies);
    }

    private static PersistenceException uniqueNameViolation() {
        return new PersistenceException("could not execute statement", new SQLException(
                "ERROR: duplicate key value violates unique constraint \"uq_osn_network_provider_name\"", "23505"));
    }

    @Test
    void shouldBeValidWhenProviderPassesEveryRuleAndNameIsFree() {
        when(proxies.supports(NetworkProviderType.NEUTRON)).thenReturn(true);
        when(repository.findByNameWithoutSecrets("neutron-1")).thenReturn(Optional.empty());

        assertTrue(command().validate(new AddNetworkProviderParameters(neutron().build())).isValid());
    }

    @Test
    void shouldReportFirstBrokenRuleInDocumentedOrderWhenProviderBreaksSeveral() {
        // name, type, url, authentication, field lengths, then the name lookup: fix one at a time
        when(proxies.supports(NetworkProviderType.NEUTRON)).thenReturn(true);
        NetworkProvider taken = neutron().id(UUID.randomUUID()).name("taken").build();
        when(repository.findByNameWithoutSecrets("taken")).thenReturn(Optional.of(taken));
        ProviderBuilder provider = neutron().name(null).type(null).url(null).username(null)
                .description("d".repeat(4001));

        assertEquals(EngineMessage.VALIDATION_PROVIDER_NAME_REQUIRED, firstFailure(provider));
        assertEquals(EngineMessage.VALIDATION_PROVIDER_NAME_INVALID, firstFailure(provider.name("not taken")));
        assertEquals(EngineMessage.VALIDATION_PROVIDER_TYPE_REQUIRED, firstFailure(provider.name("taken")));
        assertEquals(EngineMessage.VALIDATION_PROVIDER_URL_REQUIRED,
                firstFailure(provider.type(NetworkProviderType.NEUTRON)));
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_NO_USER,
                firstFailure(provider.url("http://neutron:9696")));
        assertEquals(EngineMessage.VALIDATION_FIELD_TOO_LONG, firstFailure(provider.username("admin")));
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED, firstFailure(provider.description("d")));
    }

    private EngineMessage firstFailure(ProviderBuilder provider) {
        return command().validate(new AddNetworkProviderParameters(provider.id(null).build())).message();
    }

    @Test
    void shouldNotLookUpTheNameWhenAnEarlierRuleFails() {
        when(proxies.supports(NetworkProviderType.NEUTRON)).thenReturn(true);

        ValidationResult result = command().validate(new AddNetworkProviderParameters(neutron().url("ftp://x").build()));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_INVALID_URL, result.message());
        verify(repository, never()).findByNameWithoutSecrets(anyString());
    }

    @Test
    void shouldRefuseTypeWhenNoProxyFactorySupportsIt() {
        when(proxies.supports(NetworkProviderType.EXTERNAL)).thenReturn(false);

        ValidationResult result = command().validate(new AddNetworkProviderParameters(
                ProviderBuilder.externalWithoutAuthentication().build()));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_NOT_SUPPORTED, result.message());
    }

    @Test
    void shouldGiveProviderAnIdWhenParametersHaveNone() {
        AddNetworkProviderParameters parameters = new AddNetworkProviderParameters(neutron().id(null).build());

        assertNotNull(parameters.provider().id());
        assertEquals(parameters.provider().id(), command().auditProviderId(parameters));
    }

    @Test
    void shouldStoreProviderWithItsIdAndReturnTheIdWhenExecuted() {
        AddNetworkProviderParameters parameters = new AddNetworkProviderParameters(neutron().id(null).build());
        ArgumentCaptor<NetworkProvider> stored = ArgumentCaptor.forClass(NetworkProvider.class);

        UUID id = command().execute(parameters);

        verify(repository).add(stored.capture());
        assertNotNull(id);
        assertEquals(id, stored.getValue().id());
        assertEquals(parameters.provider(), stored.getValue());
        assertEquals("s3cret", stored.getValue().password());
    }

    @Test
    void shouldFailWithNameAlreadyUsedWhenUniqueConstraintRejectsTheName() {
        PersistenceException violation = uniqueNameViolation();
        doThrow(violation).when(repository).add(any());

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> command().execute(new AddNetworkProviderParameters(neutron().build())));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED, e.engineMessage());
        assertEquals(FailureKind.CONFLICT, e.kind());
        assertEquals(Map.of("ProviderName", "neutron-1", "Action", "add"), e.variables());
        assertEquals("Cannot add provider. The name neutron-1 is already used by another provider.", e.getMessage());
        assertSame(violation, e.getCause());
    }

    @Test
    void shouldRethrowPersistenceFailureWhenItIsNotTheNameConstraint() {
        PersistenceException other = new PersistenceException("could not execute statement",
                new SQLException("ERROR: value too long for type character varying(128)", "22001"));
        doThrow(other).when(repository).add(any());

        PersistenceException e = assertThrows(PersistenceException.class,
                () -> command().execute(new AddNetworkProviderParameters(neutron().build())));

        assertSame(other, e);
    }
}
