package org.ovirt.osn.dal.job;

/** oVirt's {@code JobExecutionStatus} for jobs and steps, stored by name. */
public enum JobStatus {
    STARTED,
    FINISHED,
    FAILED,
    /** The node running it stopped before it ended; marked when that node starts again. */
    ABORTED
}
