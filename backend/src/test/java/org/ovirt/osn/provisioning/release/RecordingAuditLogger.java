package org.ovirt.osn.provisioning.release;

import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the events the worker writes, rendered, instead of storing them. */
final class RecordingAuditLogger extends AuditLogger {

    record Event(AuditLogType type, String message) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();

    @Override
    public String log(AuditLogType type, Map<String, String> variables, UUID providerId) {
        String message = render(type, variables);
        events.add(new Event(type, message));
        return message;
    }

    List<Event> of(AuditLogType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    List<Event> all() {
        return List.copyOf(events);
    }
}
