package org.ovirt.osn.query;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A job as an admin sees it (oVirt's {@code Job}).
 *
 * @param status  {@code started}, {@code finished}, {@code failed} or {@code aborted}
 * @param endTime null while it runs
 */
public record Job(UUID id, String description, String status, String owner, OffsetDateTime startTime,
                  OffsetDateTime endTime, OffsetDateTime lastUpdated) {
}
