package org.ovirt.osn.command.network;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.command.CommandContext;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.CommandRunner;
import org.ovirt.osn.dal.job.JobStatus;
import org.ovirt.osn.job.JobTracker;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * A bulk import of provider networks as one job with progress. {@link #start} validates and records the job (see
 * {@link ImportExternalNetworksCommand}) and hands the work to the container's managed executor; the caller gets the
 * job id at once. The job then imports the networks one by one through the public
 * {@link ImportExternalNetworkCommand} (run by the {@link CommandRunner}: its own transaction and provider lock, so a
 * network is imported entirely or not at all), one step per network that ends finished (with the new network) or
 * failed (with the admin-readable reason). The job ends {@code finished} when it went through the list, even when
 * some networks failed (the steps say which), and {@code failed} when none could be imported.
 */
@ApplicationScoped
public class BulkNetworkImport {

    private static final System.Logger LOG = System.getLogger(BulkNetworkImport.class.getName());

    @Resource
    private ManagedExecutorService managedExecutor;

    private Executor executor;
    private CommandRunner runner;
    private ImportExternalNetworksCommand startCommand;
    private ImportExternalNetworkCommand importCommand;
    private JobTracker tracker;
    private AuditLogger auditLogger;

    protected BulkNetworkImport() {
        // for CDI proxies
    }

    @Inject
    public BulkNetworkImport(CommandRunner runner, ImportExternalNetworksCommand startCommand,
                             ImportExternalNetworkCommand importCommand, JobTracker tracker, AuditLogger auditLogger) {
        this(null, runner, startCommand, importCommand, tracker, auditLogger);
    }

    /** @param executor where jobs run; null = the container's default managed executor */
    public BulkNetworkImport(Executor executor, CommandRunner runner, ImportExternalNetworksCommand startCommand,
                             ImportExternalNetworkCommand importCommand, JobTracker tracker,
                             AuditLogger auditLogger) {
        this.executor = executor;
        this.runner = runner;
        this.startCommand = startCommand;
        this.importCommand = importCommand;
        this.tracker = tracker;
        this.auditLogger = auditLogger;
    }

    /**
     * @return the id of the started job
     * @throws CommandFailedException when validation refuses the import; then no job exists
     */
    public UUID start(ImportExternalNetworksParameters parameters, CommandContext context) {
        UUID jobId = runner.run(startCommand, parameters, context);
        try {
            executor().execute(() -> run(parameters, context));
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.ERROR, "Job " + jobId + " could not be started", e);
            tracker.endJob(jobId, JobStatus.FAILED);
            throw e;
        }
        return jobId;
    }

    /** The job's work, on the executor's thread. */
    void run(ImportExternalNetworksParameters parameters, CommandContext context) {
        UUID jobId = parameters.jobId();
        int imported = 0;
        try {
            for (int i = 0; i < parameters.externalIds().size(); i++) {
                imported += importOne(parameters, i, context) ? 1 : 0;
            }
        } catch (RuntimeException e) {
            // the tracker could not record progress (database gone?): end the job if that still works
            LOG.log(System.Logger.Level.ERROR, "Job " + jobId + " stopped", e);
            tracker.endJob(jobId, JobStatus.FAILED);
            return;
        }
        int total = parameters.externalIds().size();
        tracker.endJob(jobId, imported == 0 ? JobStatus.FAILED : JobStatus.FINISHED);
        auditEnd(parameters, context, imported, total);
    }

    private boolean importOne(ImportExternalNetworksParameters parameters, int index, CommandContext context) {
        String externalId = parameters.externalIds().get(index);
        UUID step = tracker.startStep(parameters.jobId(), index + 1, "Importing provider network " + externalId,
                externalId);
        try {
            UUID network = runner.run(importCommand, parameters.single(index), context);
            tracker.finishStep(step, network);
            return true;
        } catch (CommandFailedException e) {
            tracker.failStep(step, e.getMessage());
        } catch (RuntimeException e) {
            // the runner logged and audited it; the step gets no internals (they may name more than an admin needs)
            LOG.log(System.Logger.Level.ERROR, "Import of " + externalId + " in job " + parameters.jobId()
                    + " failed", e);
            tracker.failStep(step, "internal error (" + e.getClass().getSimpleName() + "), see the server log");
        }
        return false;
    }

    private void auditEnd(ImportExternalNetworksParameters parameters, CommandContext context, int imported,
                          int total) {
        Map<String, String> variables = new HashMap<>(startCommand.auditVariables(parameters));
        variables.put("UserName", context.userName());
        variables.put("Imported", String.valueOf(imported));
        variables.put("Failed", String.valueOf(total - imported));
        AuditLogType type = imported == total ? AuditLogType.NETWORKS_BULK_IMPORT_FINISHED
                : imported == 0 ? AuditLogType.NETWORKS_BULK_IMPORT_FAILED
                : AuditLogType.NETWORKS_BULK_IMPORT_FINISHED_WITH_FAILURES;
        try {
            auditLogger.log(type, variables, parameters.providerId());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Could not write the audit entry " + type, e);
        }
    }

    private Executor executor() {
        return executor != null ? executor : managedExecutor;
    }
}
