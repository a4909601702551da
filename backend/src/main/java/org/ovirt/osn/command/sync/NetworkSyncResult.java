package org.ovirt.osn.command.sync;

import org.ovirt.osn.command.AuditedResult;

import java.util.List;
import java.util.Map;

/**
 * What a sync found (dry run) or did: every change with its status, ordered by kind and name.
 *
 * @param periodic whether the periodic run made it: one that found nothing to do writes no audit entry
 */
public record NetworkSyncResult(boolean dryRun, List<NetworkSyncChange> changes, boolean periodic)
        implements AuditedResult {

    public NetworkSyncResult {
        changes = List.copyOf(changes);
    }

    /** A result of a sync an admin asked for. */
    public NetworkSyncResult(boolean dryRun, List<NetworkSyncChange> changes) {
        this(dryRun, changes, false);
    }

    @Override
    public boolean worthAuditing() {
        return !periodic || !changes.isEmpty();
    }

    public List<NetworkSyncChange> of(NetworkSyncChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    private long count(NetworkSyncChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind && c.status() != NetworkSyncChange.Status.FAILED)
                .count();
    }

    /** The counts for the summary audit event; a dry run says so in its trigger. */
    @Override
    public Map<String, String> auditVariables() {
        return Map.of("Imported", String.valueOf(count(NetworkSyncChange.Kind.IMPORT)),
                "Updated", String.valueOf(count(NetworkSyncChange.Kind.UPDATE)),
                "Removed", String.valueOf(count(NetworkSyncChange.Kind.REMOVE) + count(NetworkSyncChange.Kind.UNLINK)),
                "Kept", String.valueOf(count(NetworkSyncChange.Kind.KEEP)),
                "Failed", String.valueOf(changes.stream()
                        .filter(c -> c.status() == NetworkSyncChange.Status.FAILED).count()));
    }
}
