package org.ovirt.osn.command.provider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.FailureKind;
import org.ovirt.osn.command.ValidationResult;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.command.provider.ProviderBuilder.neutron;

@ExtendWith(MockitoExtension.class)
class RemoveNetworkProviderCommandTest {

    private static final UUID ID = UUID.fromString("9d1c7a4b-2f1e-4b43-a0c5-6e2d8f3a1b77");

    @Mock
    private NetworkProviderRepository repository;

    private RemoveNetworkProviderCommand command() {
        return new RemoveNetworkProviderCommand(repository);
    }

    @Test
    void shouldRefuseWithNotFoundKindWhenIdUnknown() {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.empty());

        ValidationResult result = command().validate(new NetworkProviderIdParameters(ID));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_DOESNT_EXIST, result.message());
        assertEquals(Map.of("ProviderId", ID.toString()), result.variables());
        assertEquals(FailureKind.NOT_FOUND, new CommandFailedException(result).kind());
    }

    @Test
    void shouldBeValidWhenProviderExists() {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.of(neutron().id(ID).password(null).build()));

        assertTrue(command().validate(new NetworkProviderIdParameters(ID)).isValid());
    }

    @Test
    void shouldRemoveTheProviderWhenExecuted() {
        command().execute(new NetworkProviderIdParameters(ID));

        verify(repository).remove(ID);
    }

    @Test
    void shouldNameProviderInAuditWhenItExists() {
        when(repository.displayName(ID)).thenReturn("neutron-1");

        assertEquals(Map.of("ProviderName", "neutron-1", "Action", "remove"),
                command().auditVariables(new NetworkProviderIdParameters(ID)));
    }

    @Test
    void shouldNameProviderByIdInAuditWhenItIsUnknown() {
        when(repository.displayName(ID)).thenReturn(ID.toString());

        assertEquals(Map.of("ProviderName", ID.toString(), "Action", "remove"),
                command().auditVariables(new NetworkProviderIdParameters(ID)));
    }

    @Test
    void shouldLockTheProviderItChanges() {
        assertEquals(ID, command().lockedProvider(new NetworkProviderIdParameters(ID)));
    }
}
