package org.ovirt.osn.query;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One step of a job (oVirt's {@code Step}).
 *
 * @param type     {@code validating}, {@code executing} or {@code finalizing}
 * @param status   as the job's
 * @param subject  what the step works on (for a bulk import: the provider's network id), or null
 * @param resultId what it produced (the imported network), or null
 * @param message  why it failed, or null
 */
public record JobStep(UUID id, UUID jobId, int number, String type, String description, String status,
                      String subject, UUID resultId, String message, OffsetDateTime startTime,
                      OffsetDateTime endTime) {
}
