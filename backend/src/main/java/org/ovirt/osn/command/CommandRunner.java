package org.ovirt.osn.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.provider.ProviderException;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs commands: validate, execute (in a transaction unless the command says otherwise), then one audit entry for
 * the outcome. Every failure leaves as a {@link CommandFailedException} with an admin-readable message.
 */
@ApplicationScoped
public class CommandRunner {

    private static final System.Logger LOG = System.getLogger(CommandRunner.class.getName());

    private Transactions transactions;
    private AuditLogger auditLogger;
    private ProviderLocking locking;

    protected CommandRunner() {
        // for CDI proxies
    }

    @Inject
    public CommandRunner(Transactions transactions, AuditLogger auditLogger, ProviderLocking locking) {
        this.transactions = transactions;
        this.auditLogger = auditLogger;
        this.locking = locking;
    }

    public <P, R> R run(Command<P, R> command, P parameters, CommandContext context) {
        Map<String, String> variables = new HashMap<>(command.auditVariables(parameters));
        variables.put("UserName", context.userName());
        try {
            Supplier<R> work = () -> validateAndExecute(command, parameters, variables);
            Supplier<R> transactional = () -> command.transactional() ? transactions.inTransaction(work) : work.get();
            UUID vmId = command.lockedVm(parameters);
            UUID providerId = command.lockedProvider(parameters);
            // VM before provider, always, so two commands needing both cannot wait for each other
            Map<String, String> lockVariables = new HashMap<>(variables);
            lockVariables.put("Subject", command.subject() == null ? "provider" : command.subject());
            R result = locked(() -> locking.lockVm(vmId), vmId, variables,
                    () -> locked(() -> locking.lock(providerId), providerId, lockVariables, transactional));
            if (result instanceof AuditedResult audited) {
                if (!audited.worthAuditing()) {
                    return result;
                }
                variables.putAll(audited.auditVariables());
            }
            auditSuccess(command, parameters, variables);
            return result;
        } catch (CommandFailedException e) {
            throw audited(command.failureEvent(), variables, command, parameters, e);
        } catch (ProviderException e) {
            throw audited(command.failureEvent(), variables, command, parameters, fromProvider(e, variables));
        } catch (OptimisticLockException e) {
            throw audited(command.failureEvent(), variables, command, parameters, new CommandFailedException(
                    EngineMessage.ACTION_TYPE_FAILED_PROVIDER_CHANGED_CONCURRENTLY, variables, e));
        } catch (RuntimeException e) {
            // a transaction manager wraps what execute threw; unwrap the kinds we know how to explain
            Throwable cause = e.getCause();
            while (cause != null) {
                if (cause instanceof CommandFailedException cfe) {
                    throw audited(command.failureEvent(), variables, command, parameters, cfe);
                }
                if (cause instanceof OptimisticLockException) {
                    throw audited(command.failureEvent(), variables, command, parameters, new CommandFailedException(
                            EngineMessage.ACTION_TYPE_FAILED_PROVIDER_CHANGED_CONCURRENTLY, variables, e));
                }
                cause = cause.getCause();
            }
            if (PersistenceErrors.integrityViolation(e)) {
                // validate saw what it refers to, but a concurrent request removed or took it before the commit
                throw audited(command.failureEvent(), variables, command, parameters, new CommandFailedException(
                        EngineMessage.ACTION_TYPE_FAILED_DATA_CHANGED_CONCURRENTLY, variables, e));
            }
            variables.put("Reason", "internal error (" + e.getClass().getSimpleName() + "), see the server log");
            auditLogger.log(command.failureEvent(), variables, command.auditProviderId(parameters));
            throw e;
        }
    }

    /**
     * The work is committed by now: a failure to write its audit entry must not make the caller believe it failed
     * (a retried add would then clash with itself), so it is only logged.
     */
    private <P> void auditSuccess(Command<P, ?> command, P parameters, Map<String, String> variables) {
        try {
            auditLogger.log(command.successEvent(), variables, command.auditProviderId(parameters));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Could not write the audit entry " + command.successEvent()
                    + " for work that succeeded", e);
        }
    }

    /** The lock is taken before validation, so what validate saw still holds when execute runs. */
    private <R> R locked(Supplier<ProviderLocking.Held> lock, UUID lockedId, Map<String, String> variables,
                         Supplier<R> work) {
        if (lockedId == null) {
            return work.get();
        }
        ProviderLocking.Held held;
        try {
            held = lock.get();
        } catch (CommandFailedException e) {
            Map<String, String> all = new HashMap<>(variables);
            all.putAll(e.variables());
            throw new CommandFailedException(e.engineMessage(), all, null);
        }
        try (held) {
            return work.get();
        }
    }

    private static <P, R> R validateAndExecute(Command<P, R> command, P parameters, Map<String, String> variables) {
        ValidationResult validation = command.validate(parameters);
        if (!validation.isValid()) {
            Map<String, String> all = new HashMap<>(variables);
            all.putAll(validation.variables());
            throw new CommandFailedException(validation.message(), all, null);
        }
        return command.execute(parameters);
    }

    private <P> CommandFailedException audited(AuditLogType failureEvent, Map<String, String> variables,
                                               Command<P, ?> command, P parameters, CommandFailedException failure) {
        variables.put("Reason", failure.getMessage());
        auditLogger.log(failureEvent, variables, command.auditProviderId(parameters));
        return failure;
    }

    private static CommandFailedException fromProvider(ProviderException e, Map<String, String> variables) {
        Map<String, String> all = new HashMap<>(variables);
        all.put("Detail", e.describe());
        return new CommandFailedException(EngineMessage.valueOf("PROVIDER_FAILURE_" + e.code().name()), all, e);
    }
}
