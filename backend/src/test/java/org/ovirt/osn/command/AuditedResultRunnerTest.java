package org.ovirt.osn.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** A result that knows more than the parameters (a sync's counts) shows it in the success audit entry. */
@ExtendWith(MockitoExtension.class)
class AuditedResultRunnerTest {

    private static final UUID PROVIDER_ID = UUID.fromString("0f6f3a52-5b0e-4a8e-8f53-3d6a1c9b7e21");

    private record Counted(int imported) implements AuditedResult {
        @Override
        public Map<String, String> auditVariables() {
            return Map.of("Imported", String.valueOf(imported));
        }

        @Override
        public boolean worthAuditing() {
            return imported > 0;
        }
    }

    @Mock
    private Transactions transactions;
    @Mock
    private AuditLogger auditLogger;
    @Mock
    private ProviderLocking locking;
    @Mock
    private Command<String, Counted> command;

    @Test
    void shouldAddTheResultsVariablesToTheSuccessEventWhenTheResultIsAudited() {
        when(command.auditVariables("p")).thenReturn(Map.of("ProviderName", "neutron-1"));
        when(command.auditProviderId("p")).thenReturn(PROVIDER_ID);
        when(command.transactional()).thenReturn(false);
        when(command.validate("p")).thenReturn(ValidationResult.VALID);
        when(command.execute("p")).thenReturn(new Counted(3));
        when(command.successEvent()).thenReturn(AuditLogType.PROVIDER_SYNCHRONIZED);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, String>> variables = ArgumentCaptor.forClass(Map.class);

        new CommandRunner(transactions, auditLogger, locking).run(command, "p", new CommandContext("admin@internal"));

        verify(auditLogger).log(eq(AuditLogType.PROVIDER_SYNCHRONIZED), variables.capture(), eq(PROVIDER_ID));
        assertEquals("3", variables.getValue().get("Imported"));
        assertEquals("neutron-1", variables.getValue().get("ProviderName"));
    }

    @Test
    void shouldWriteNoSuccessEntryWhenTheResultIsNotWorthAuditing() {
        when(command.auditVariables("p")).thenReturn(Map.of("ProviderName", "neutron-1"));
        when(command.transactional()).thenReturn(false);
        when(command.validate("p")).thenReturn(ValidationResult.VALID);
        Counted nothing = new Counted(0);
        when(command.execute("p")).thenReturn(nothing);

        assertEquals(nothing, new CommandRunner(transactions, auditLogger, locking).run(command, "p",
                CommandContext.internal()));

        verifyNoInteractions(auditLogger);
    }
}
