package org.ovirt.osn.command;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;
import org.mockito.Captor;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class CommandRunnerTest {

    private static final String PARAMETERS = "parameters";
    private static final UUID PROVIDER_ID = UUID.fromString("0f6f3a52-5b0e-4a8e-8f53-3d6a1c9b7e21");
    private static final CommandContext ADMIN = new CommandContext("admin@internal");

    @Mock
    private Transactions transactions;
    @Mock
    private AuditLogger auditLogger;
    @Mock
    private ProviderLocking locking;
    @Mock
    private ProviderLocking.Held held;
    @Mock
    private Command<String, String> command;
    @Captor
    private ArgumentCaptor<Map<String, String>> auditVariables;

    private CommandRunner runner() {
        return new CommandRunner(transactions, auditLogger, locking);
    }

    /** Every run asks for these before anything else. */
    private void givenCommandAbout(String providerName) {
        when(command.auditVariables(PARAMETERS)).thenReturn(Map.of("ProviderName", providerName, "Action", "add"));
        when(command.auditProviderId(PARAMETERS)).thenReturn(PROVIDER_ID);
    }

    /** Like the JTA interceptor: runs the work in place, passing on what it throws. */
    private void givenTransactionsRunTheWork() {
        when(command.transactional()).thenReturn(true);
        when(transactions.inTransaction(any())).thenAnswer(call -> call.<Supplier<?>>getArgument(0).get());
    }

    private void givenFailureEvent() {
        when(command.failureEvent()).thenReturn(AuditLogType.PROVIDER_ADDITION_FAILED);
    }

    private Map<String, String> auditedFailure() {
        verify(auditLogger).log(eq(AuditLogType.PROVIDER_ADDITION_FAILED), auditVariables.capture(), eq(PROVIDER_ID));
        verify(auditLogger, never()).log(eq(AuditLogType.PROVIDER_ADDED), anyMap(), any());
        return auditVariables.getValue();
    }

    @Test
    void shouldFailWithValidationMessageAndNotExecuteWhenValidationFails() {
        givenCommandAbout("bad name");
        givenTransactionsRunTheWork();
        givenFailureEvent();
        when(command.validate(PARAMETERS)).thenReturn(
                ValidationResult.failWith(EngineMessage.VALIDATION_PROVIDER_NAME_INVALID));

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> runner().run(command, PARAMETERS, ADMIN));

        assertEquals(EngineMessage.VALIDATION_PROVIDER_NAME_INVALID, e.engineMessage());
        assertEquals(FailureKind.INVALID, e.kind());
        assertEquals("Cannot add provider. The name may contain only letters, digits, '.', '_' and '-'.",
                e.getMessage());
        verify(command, never()).execute(any());
        Map<String, String> audited = auditedFailure();
        assertEquals(e.getMessage(), audited.get("Reason"));
        assertEquals("admin@internal", audited.get("UserName"));
        assertEquals("bad name", audited.get("ProviderName"));
    }

    @Test
    void shouldRenderValidationVariablesIntoMessageWhenValidationFailsWithVariables() {
        givenCommandAbout("neutron-1");
        givenTransactionsRunTheWork();
        givenFailureEvent();
        when(command.validate(PARAMETERS)).thenReturn(ValidationResult.failWith(
                EngineMessage.VALIDATION_FIELD_TOO_LONG, Map.of("Field", "username", "Max", "128")));

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> runner().run(command, PARAMETERS, ADMIN));

        assertEquals("Cannot add provider. username is longer than 128 characters.", e.getMessage());
        assertEquals("username", e.variables().get("Field"));
        assertEquals(e.getMessage(), auditedFailure().get("Reason"));
    }

    @Test
    void shouldAuditSuccessAfterExecuteWhenCommandSucceeds() {
        givenCommandAbout("neutron-1");
        givenTransactionsRunTheWork();
        when(command.validate(PARAMETERS)).thenReturn(ValidationResult.VALID);
        when(command.execute(PARAMETERS)).thenReturn("result");
        when(command.successEvent()).thenReturn(AuditLogType.PROVIDER_ADDED);

        String result = runner().run(command, PARAMETERS, ADMIN);

        assertEquals("result", result);
        InOrder order = inOrder(transactions, command, auditLogger);
        order.verify(transactions).inTransaction(any());
        order.verify(command).validate(PARAMETERS);
        order.verify(command).execute(PARAMETERS);
        order.verify(auditLogger).log(eq(AuditLogType.PROVIDER_ADDED), auditVariables.capture(), eq(PROVIDER_ID));
        assertEquals(Map.of("ProviderName", "neutron-1", "Action", "add", "UserName", "admin@internal"),
                auditVariables.getValue());
        verify(auditLogger, never()).log(eq(AuditLogType.PROVIDER_ADDITION_FAILED), anyMap(), any());
    }

    @Test
    void shouldAuditSuccessOnlyAfterTransactionEndsWhenCommandIsTransactional() {
        givenCommandAbout("neutron-1");
        when(command.transactional()).thenReturn(true);
        when(transactions.inTransaction(any())).thenAnswer(call -> {
            Object result = call.<Supplier<?>>getArgument(0).get();
            verifyNoInteractions(auditLogger);
            return result;
        });
        when(command.validate(PARAMETERS)).thenReturn(ValidationResult.VALID);
        when(command.execute(PARAMETERS)).thenReturn("result");
        when(command.successEvent()).thenReturn(AuditLogType.PROVIDER_ADDED);

        runner().run(command, PARAMETERS, ADMIN);

        verify(auditLogger).log(eq(AuditLogType.PROVIDER_ADDED), anyMap(), eq(PROVIDER_ID));
    }

    @Test
    void shouldRunWithoutTransactionsWhenCommandIsNotTransactional() {
        givenCommandAbout("neutron-1");
        when(command.transactional()).thenReturn(false);
        when(command.validate(PARAMETERS)).thenReturn(ValidationResult.VALID);
        when(command.execute(PARAMETERS)).thenReturn("result");
        when(command.successEvent()).thenReturn(AuditLogType.PROVIDER_ADDED);

        assertEquals("result", runner().run(command, PARAMETERS, ADMIN));

        verifyNoInteractions(transactions);
        verify(auditLogger).log(eq(AuditLogType.PROVIDER_ADDED), anyMap(), eq(PROVIDER_ID));
    }

    @ParameterizedTest
    @EnumSource(ProviderErrorCode.class)
    void shouldFailWithProviderFailureMessageWhenProviderFailsWithCode(ProviderErrorCode code) {
        givenCommandAbout("neutron-1");
        givenTransactionsRunTheWork();
        givenFailureEvent();
        when(command.validate(PARAMETERS)).thenReturn(ValidationResult.VALID);
        ProviderException failure = new ProviderException(code, "Neutron said no", 409,
                "POST http://neutron:9696/v2.0/ports", "MacAddressInUse", "req-5e1c", null);
        when(command.execute(PARAMETERS)).thenThrow(failure);

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> runner().run(command, PARAMETERS, ADMIN));

        assertEquals("PROVIDER_FAILURE_" + code.name(), e.engineMessage().name());
        assertEquals(FailureKind.PROVIDER, e.kind());
        assertTrue(e.getMessage().contains(failure.describe()), e.getMessage());
        assertTrue(e.getMessage().contains("neutron-1"), e.getMessage());
        assertFalse(e.getMessage().contains("${"), () -> "unrendered variable in: " + e.getMessage());
        assertSame(failure, e.getCause());
        assertEquals(e.getMessage(), auditedFailure().get("Reason"));
    }

    @Test
    void shouldFailWithChangedConcurrentlyWhenExecuteHitsOptimisticLock() {
        givenCommandAbout("neutron-1");
        givenTransactionsRunTheWork();
        givenFailureEvent();
        when(command.validate(PARAMETERS)).thenReturn(ValidationResult.VALID);
        when(command.execute(PARAMETERS)).thenThrow(new OptimisticLockException("row was updated"));

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> runner().run(command, PARAMETERS, ADMIN));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_CHANGED_CONCURRENTLY, e.engineMessage());
        assertEquals(FailureKind.CONFLICT, e.kind());
        assertEquals("Cannot add provider. It was changed by someone else meanwhile; read it again and retry.",
                e.getMessage());
        assertEquals(e.getMessage(), auditedFailure().get("Reason"));
    }

    @Test
    void shouldFailWithChangedConcurrentlyWhenCommitFailsOnWrappedOptimisticLock() {
        givenCommandAbout("neutron-1");
        givenFailureEvent();
        when(command.transactional()).thenReturn(true);
        when(command.validate(PARAMETERS)).thenReturn(ValidationResult.VALID);
        when(command.execute(PARAMETERS)).thenReturn("result");
        // the version check runs at flush on commit: the work returned, then the interceptor throws
        RollbackException rollback = new RollbackException("transaction rolled back");
        rollback.initCause(new OptimisticLockException("row was updated"));
        when(transactions.inTransaction(any())).thenAnswer(call -> {
            call.<Supplier<?>>getArgument(0).get();
            throw new TransactionalException("commit failed", rollback);
        });

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> runner().run(command, PARAMETERS, ADMIN));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_CHANGED_CONCURRENTLY, e.engineMessage());
        assertEquals(e.getMessage(), auditedFailure().get("Reason"));
    }

    @Test
    void shouldRethrowCommandFailureWhenTransactionManagerWrapsIt() {
        givenCommandAbout("neutron-1");
        givenFailureEvent();
        when(command.transactional()).thenReturn(true);
        CommandFailedException failure = new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED,
                Map.of("Action", "add", "ProviderName", "neutron-1"), null);
        when(transactions.inTransaction(any())).thenThrow(new TransactionalException("rolled back", failure));

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> runner().run(command, PARAMETERS, ADMIN));

        assertSame(failure, e);
        assertEquals(failure.getMessage(), auditedFailure().get("Reason"));
    }

    @Test
    void shouldRethrowAndAuditInternalErrorWhenExecuteFailsUnexpectedly() {
        givenCommandAbout("neutron-1");
        givenTransactionsRunTheWork();
        givenFailureEvent();
        when(command.validate(PARAMETERS)).thenReturn(ValidationResult.VALID);
        IllegalStateException bug = new IllegalStateException("index 3 out of bounds");
        when(command.execute(PARAMETERS)).thenThrow(bug);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> runner().run(command, PARAMETERS, ADMIN));

        assertSame(bug, e);
        Map<String, String> audited = auditedFailure();
        assertEquals("internal error (IllegalStateException), see the server log", audited.get("Reason"));
        assertEquals("admin@internal", audited.get("UserName"));
    }

    @Test
    void shouldFailAsChangedConcurrentlyWhenTheCommitHitsAForeignKeyWhoseRowIsGone() {
        givenCommandAbout("neutron-1");
        givenTransactionsRunTheWork();
        givenFailureEvent();
        when(command.validate(PARAMETERS)).thenReturn(ValidationResult.VALID);
        RuntimeException rollback = new RuntimeException("ARJUNA016053: Could not commit transaction",
                new jakarta.persistence.PersistenceException("could not execute statement",
                        new java.sql.SQLIntegrityConstraintViolationException(
                                "Referential integrity constraint violation: FK_ENGINE_CLUSTER_DC", "23506")));
        when(command.execute(PARAMETERS)).thenThrow(rollback);

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> runner().run(command, PARAMETERS, ADMIN));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_DATA_CHANGED_CONCURRENTLY, e.engineMessage());
        assertEquals(e.getMessage(), auditedFailure().get("Reason"));
    }

    @Test
    void shouldStayAnInternalErrorWhenTheDatabaseFailsForAnotherReason() {
        givenCommandAbout("neutron-1");
        givenTransactionsRunTheWork();
        givenFailureEvent();
        when(command.validate(PARAMETERS)).thenReturn(ValidationResult.VALID);
        RuntimeException down = new RuntimeException(new java.sql.SQLException("Connection refused", "08001"));
        when(command.execute(PARAMETERS)).thenThrow(down);

        RuntimeException e = assertThrows(RuntimeException.class, () -> runner().run(command, PARAMETERS, ADMIN));

        assertSame(down, e);
        assertEquals("internal error (RuntimeException), see the server log", auditedFailure().get("Reason"));
    }

    @Test
    void shouldAuditFailureWhenNonTransactionalCommandFails() {
        givenCommandAbout("neutron-1");
        givenFailureEvent();
        when(command.transactional()).thenReturn(false);
        when(command.validate(PARAMETERS)).thenReturn(ValidationResult.VALID);
        doAnswer(call -> {
            throw new ProviderException(ProviderErrorCode.TIMEOUT, "read timed out", "GET http://neutron:9696/v2.0/",
                    null);
        }).when(command).execute(PARAMETERS);

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> runner().run(command, PARAMETERS, ADMIN));

        assertEquals(EngineMessage.PROVIDER_FAILURE_TIMEOUT, e.engineMessage());
        assertEquals("Provider neutron-1 did not answer in time: read timed out [GET http://neutron:9696/v2.0/]",
                e.getMessage());
        verifyNoInteractions(transactions);
        assertEquals(e.getMessage(), auditedFailure().get("Reason"));
    }

    @Test
    void shouldReturnTheResultWhenOnlyTheSuccessAuditEntryCannotBeWritten() {
        givenCommandAbout("ovn");
        givenTransactionsRunTheWork();
        when(command.validate(PARAMETERS)).thenReturn(ValidationResult.VALID);
        when(command.execute(PARAMETERS)).thenReturn("done");
        when(command.successEvent()).thenReturn(AuditLogType.PROVIDER_ADDED);
        when(auditLogger.log(eq(AuditLogType.PROVIDER_ADDED), anyMap(), eq(PROVIDER_ID)))
                .thenThrow(new IllegalStateException("audit table unavailable"));

        assertEquals("done", runner().run(command, PARAMETERS, ADMIN));
        verify(auditLogger, never()).log(eq(AuditLogType.PROVIDER_ADDITION_FAILED), anyMap(), any());
    }

    @Test
    void shouldReportAValidationFailureWhoseVariablesHoldANull() {
        givenCommandAbout("ovn");
        givenTransactionsRunTheWork();
        givenFailureEvent();
        Map<String, String> withNull = new java.util.HashMap<>();
        withNull.put("Field", null);
        when(command.validate(PARAMETERS))
                .thenReturn(ValidationResult.failWith(EngineMessage.VALIDATION_FIELD_TOO_LONG, withNull));

        CommandFailedException failure = assertThrows(CommandFailedException.class,
                () -> runner().run(command, PARAMETERS, new CommandContext(null)));

        assertEquals(EngineMessage.VALIDATION_FIELD_TOO_LONG, failure.engineMessage());
    }

    @Test
    void shouldHoldTheProviderLockAroundValidateAndExecuteAndReleaseItAfterAFailure() {
        givenCommandAbout("ovn");
        givenTransactionsRunTheWork();
        givenFailureEvent();
        when(command.lockedProvider(PARAMETERS)).thenReturn(PROVIDER_ID);
        when(locking.lock(PROVIDER_ID)).thenReturn(held);
        when(command.validate(PARAMETERS)).thenReturn(ValidationResult.VALID);
        when(command.execute(PARAMETERS)).thenThrow(new ProviderException(ProviderErrorCode.CONFLICT, "in use",
                "DELETE http://n/v2.0/networks/x", null));

        assertThrows(CommandFailedException.class, () -> runner().run(command, PARAMETERS, ADMIN));

        InOrder order = inOrder(locking, command, held);
        order.verify(locking).lock(PROVIDER_ID);
        order.verify(command).validate(PARAMETERS);
        order.verify(command).execute(PARAMETERS);
        order.verify(held).close();
    }

    @Test
    void shouldNameWhatTheCommandActsOnAndTheLockedProviderWhenRefusedForTheLock() {
        when(command.auditVariables(PARAMETERS)).thenReturn(Map.of("Action", "import"));
        when(command.subject()).thenReturn("provider network");
        givenFailureEvent();
        when(command.lockedProvider(PARAMETERS)).thenReturn(PROVIDER_ID);
        when(locking.lock(PROVIDER_ID)).thenThrow(new CommandFailedException(
                EngineMessage.ACTION_TYPE_FAILED_PROVIDER_LOCKED,
                Map.of("ProviderId", PROVIDER_ID.toString(), "Holder", "node-b/sync"), null));

        CommandFailedException failure = assertThrows(CommandFailedException.class,
                () -> runner().run(command, PARAMETERS, ADMIN));

        assertEquals("Cannot import provider network: provider " + PROVIDER_ID + " is locked by another command"
                + " (node-b/sync); try again when it has finished.", failure.getMessage());
    }

    @Test
    void shouldFailAuditedAsLockedWithoutValidatingWhenTheProviderStaysLocked() {
        givenCommandAbout("ovn");
        givenFailureEvent();
        when(command.lockedProvider(PARAMETERS)).thenReturn(PROVIDER_ID);
        when(locking.lock(PROVIDER_ID)).thenThrow(new CommandFailedException(
                EngineMessage.ACTION_TYPE_FAILED_PROVIDER_LOCKED,
                Map.of("ProviderId", PROVIDER_ID.toString(), "Holder", "node-b"), null));

        CommandFailedException failure = assertThrows(CommandFailedException.class,
                () -> runner().run(command, PARAMETERS, ADMIN));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_LOCKED, failure.engineMessage());
        assertTrue(failure.getMessage().startsWith("Cannot add provider: provider "), failure.getMessage());
        assertTrue(auditedFailure().get("Reason").contains("node-b"));
        verify(command, never()).validate(any());
    }

    @Test
    void shouldTakeTheVmLockBeforeTheProviderLockAndReleaseThemInReverseOrder() {
        UUID vmId = UUID.fromString("5e0c1d2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a");
        ProviderLocking.Held vmHeld = org.mockito.Mockito.mock(ProviderLocking.Held.class);
        givenCommandAbout("ovn");
        givenTransactionsRunTheWork();
        when(command.successEvent()).thenReturn(AuditLogType.PROVIDER_ADDED);
        when(command.lockedVm(PARAMETERS)).thenReturn(vmId);
        when(command.lockedProvider(PARAMETERS)).thenReturn(PROVIDER_ID);
        when(locking.lockVm(vmId)).thenReturn(vmHeld);
        when(locking.lock(PROVIDER_ID)).thenReturn(held);
        when(command.validate(PARAMETERS)).thenReturn(ValidationResult.VALID);
        when(command.execute(PARAMETERS)).thenReturn("done");

        assertEquals("done", runner().run(command, PARAMETERS, ADMIN));

        InOrder order = inOrder(locking, command, held, vmHeld);
        order.verify(locking).lockVm(vmId);
        order.verify(locking).lock(PROVIDER_ID);
        order.verify(command).execute(PARAMETERS);
        order.verify(held).close();
        order.verify(vmHeld).close();
    }

    @Test
    void shouldFailAuditedAsLockedWithoutValidatingWhenTheVmStaysLocked() {
        UUID vmId = UUID.fromString("5e0c1d2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a");
        givenCommandAbout("ovn");
        givenFailureEvent();
        when(command.lockedVm(PARAMETERS)).thenReturn(vmId);
        when(locking.lockVm(vmId)).thenThrow(new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_VM_LOCKED,
                Map.of("VmId", vmId.toString(), "Holder", "node-b/start"), null));

        CommandFailedException failure = assertThrows(CommandFailedException.class,
                () -> runner().run(command, PARAMETERS, ADMIN));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VM_LOCKED, failure.engineMessage());
        assertTrue(failure.getMessage().startsWith("Cannot add VM."), failure.getMessage());
        verify(command, never()).validate(any());
        verify(locking, never()).lock(any());
    }
}
