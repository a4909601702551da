package org.ovirt.osn.command.provider;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.crypto.PasswordCipher;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxies;
import org.ovirt.osn.provider.NetworkProviderType;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.command.provider.ProviderBuilder.externalWithoutAuthentication;
import static org.ovirt.osn.command.provider.ProviderBuilder.neutron;

@ExtendWith(MockitoExtension.class)
class UpdateNetworkProviderCommandTest {

    private static final NetworkProvider STORED = neutron().password("stored-secret").build();
    private static final UUID ID = STORED.id();

    @Mock
    private NetworkProviderRepository repository;
    @Mock
    private NetworkProviderProxies proxies;

    private UpdateNetworkProviderCommand command() {
        return new UpdateNetworkProviderCommand(repository, proxies);
    }

    private static UpdateNetworkProviderParameters update(ProviderBuilder provider) {
        return new UpdateNetworkProviderParameters(provider.build());
    }

    private void givenStored(NetworkProvider stored) {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.of(stored.withPassword(null)));
    }

    private void givenNameHeldByItself(String name) {
        when(proxies.supports(NetworkProviderType.NEUTRON)).thenReturn(true);
        when(repository.findByNameWithoutSecrets(name)).thenReturn(Optional.of(STORED.withPassword(null)));
    }

    @Test
    void shouldKeepStoredPasswordWhenNoneGiven() {
        givenStored(STORED);
        givenNameHeldByItself("neutron-1");
        when(repository.findById(ID)).thenReturn(Optional.of(STORED));
        UpdateNetworkProviderParameters parameters = update(neutron().password(null).description("changed"));
        ArgumentCaptor<NetworkProvider> written = ArgumentCaptor.forClass(NetworkProvider.class);

        assertTrue(command().validate(parameters).isValid());
        command().execute(parameters);

        verify(repository).update(written.capture());
        assertEquals("stored-secret", written.getValue().password());
        assertEquals("changed", written.getValue().description());
    }

    @Test
    void shouldTakeNewPasswordWhenGiven() {
        givenStored(STORED);
        givenNameHeldByItself("neutron-1");
        UpdateNetworkProviderParameters parameters = update(neutron().password("new-secret"));
        ArgumentCaptor<NetworkProvider> written = ArgumentCaptor.forClass(NetworkProvider.class);

        assertTrue(command().validate(parameters).isValid());
        command().execute(parameters);

        verify(repository).update(written.capture());
        assertEquals("new-secret", written.getValue().password());
        verify(repository, never()).findById(any());
    }

    @Test
    void shouldValidateNewStateWithStoredPasswordWhenNoneGiven() {
        // a provider that requires authentication is complete with the stored password
        givenStored(STORED);
        givenNameHeldByItself("neutron-1");
        when(repository.findById(ID)).thenReturn(Optional.of(STORED));

        assertTrue(command().validate(update(neutron().password(null))).isValid());
    }

    @Test
    void shouldRefuseTypeChangeWhenStoredTypeDiffers() {
        givenStored(externalWithoutAuthentication().build());

        ValidationResult result = command().validate(update(neutron()));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_CANNOT_CHANGE_PROVIDER_TYPE, result.message());
        verify(repository, never()).findById(any());
    }

    @Test
    void shouldRefuseUpdateWhenProviderDoesNotExist() {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.empty());

        ValidationResult result = command().validate(update(neutron()));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_DOESNT_EXIST, result.message());
        assertEquals(Map.of("ProviderId", ID.toString()), result.variables());
    }

    @Test
    void shouldFailWithStoredPasswordUnreadableWhenSecretCannotBeDecryptedAndAuthRequired() {
        givenStored(STORED);
        when(repository.findById(ID)).thenThrow(new PasswordCipher.SecretUnreadableException("wrong key"));

        ValidationResult result = command().validate(update(neutron().password(null)));

        assertEquals(EngineMessage.PROVIDER_STORED_PASSWORD_UNREADABLE, result.message());
    }

    @Test
    void shouldUpdateWithoutPasswordWhenSecretCannotBeDecryptedAndAuthNotRequired() {
        NetworkProvider stored = externalWithoutAuthentication().build();
        givenStored(stored);
        when(proxies.supports(NetworkProviderType.EXTERNAL)).thenReturn(true);
        when(repository.findByNameWithoutSecrets("neutron-1")).thenReturn(Optional.of(stored));
        when(repository.findById(ID)).thenThrow(new PasswordCipher.SecretUnreadableException("wrong key"));
        UpdateNetworkProviderParameters parameters = update(externalWithoutAuthentication());
        ArgumentCaptor<NetworkProvider> written = ArgumentCaptor.forClass(NetworkProvider.class);

        assertTrue(command().validate(parameters).isValid());
        command().execute(parameters);

        verify(repository).update(written.capture());
        assertNull(written.getValue().password());
    }

    @Test
    void shouldRefuseNameWhenAnotherProviderHasIt() {
        givenStored(STORED);
        when(proxies.supports(NetworkProviderType.NEUTRON)).thenReturn(true);
        when(repository.findByNameWithoutSecrets("ovn")).thenReturn(
                Optional.of(neutron().id(UUID.randomUUID()).name("ovn").build()));

        ValidationResult result = command().validate(update(neutron().name("ovn")));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED, result.message());
        assertEquals(Map.of("ProviderName", "ovn"), result.variables());
    }

    @Test
    void shouldRefuseInvalidNewStateWhenAuthUrlMalformed() {
        givenStored(STORED);
        when(proxies.supports(NetworkProviderType.NEUTRON)).thenReturn(true);

        ValidationResult result = command().validate(update(neutron().authenticationUrl("http://keystone/v3")));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_INVALID_AUTH_URL, result.message());
    }

    @Test
    void shouldFailWithNameAlreadyUsedWhenUniqueConstraintRejectsTheName() {
        doThrow(new PersistenceException("could not execute statement", new SQLException(
                "Unique index or primary key violation: \"PUBLIC.UQ_OSN_NETWORK_PROVIDER_NAME_INDEX_1 ON "
                        + "PUBLIC.OSN_NETWORK_PROVIDER(NAME)\"", "23505")))
                .when(repository).update(any());

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> command().execute(update(neutron())));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED, e.engineMessage());
        assertEquals(Map.of("ProviderName", "neutron-1", "Action", "update"), e.variables());
    }

    @Test
    void shouldLockTheProviderItChanges() {
        assertEquals(ID, command().lockedProvider(new UpdateNetworkProviderParameters(STORED)));
    }
}
