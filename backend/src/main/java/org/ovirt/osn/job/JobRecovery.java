package org.ovirt.osn.job;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.dal.job.JobDao;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * At start, before requests are taken (and after the schema is migrated), marks as aborted the jobs this node left
 * running in an earlier run: their thread died with it. Only this node's own jobs: another node sharing the database
 * may be running its jobs right now, and this node cannot tell a live node from a dead one. A node that never comes
 * back leaves its jobs started; restarting any node under that node's {@code osn.node.id} cleans them up.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class JobRecovery {

    private static final System.Logger LOG = System.getLogger(JobRecovery.class.getName());

    @Inject
    JobDao jobs;
    @Inject
    JobNode node;
    @Inject
    Transactions transactions;
    @Inject
    AuditLogger auditLogger;

    @PostConstruct
    void abortJobsLeftByEarlierRun() {
        abort(jobs, node, transactions, auditLogger);
    }

    /** @return how many jobs were aborted; a failure is logged and does not stop the deployment */
    static int abort(JobDao jobs, JobNode node, Transactions transactions, AuditLogger auditLogger) {
        try {
            int aborted = transactions.inTransaction(() -> jobs.abortLeftByEarlierRun(node.nodeId(), node.runId(),
                    OffsetDateTime.now(ZoneOffset.UTC)));
            if (aborted > 0) {
                auditLogger.log(AuditLogType.JOBS_ABORTED_AT_START,
                        Map.of("Count", String.valueOf(aborted), "NodeId", node.nodeId()), null);
            }
            return aborted;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Could not mark the jobs left by an earlier run as aborted", e);
            return 0;
        }
    }
}
