package org.ovirt.osn.query;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An audit log entry as shown to admins. */
public record AuditEvent(long id, OffsetDateTime time, int code, String name, String severity, String description,
                         UUID providerId, String userName) {
}
