package org.ovirt.osn.command.network;

import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.ovirt.osn.command.ValidationResult.VALID;
import static org.ovirt.osn.command.ValidationResult.failWith;
import static org.ovirt.osn.command.ValidationResult.validWhen;

/** Rules for the list of a bulk import, checked before its job starts. Never throws. */
public final class BulkImportValidator {

    private BulkImportValidator() {
    }

    public static ValidationResult networksGiven(List<String> externalIds) {
        return validWhen(!externalIds.isEmpty(), EngineMessage.VALIDATION_BULK_IMPORT_NETWORKS_REQUIRED);
    }

    /** A bounded list keeps one job's run (and its steps) within what an admin can follow. */
    public static ValidationResult withinLimit(List<String> externalIds, int max) {
        return validWhen(externalIds.size() <= max, EngineMessage.VALIDATION_BULK_IMPORT_TOO_MANY_NETWORKS,
                Map.of("Count", String.valueOf(externalIds.size()), "Max", String.valueOf(max)));
    }

    public static ValidationResult everyIdGiven(List<String> externalIds) {
        for (int i = 0; i < externalIds.size(); i++) {
            if (externalIds.get(i) == null || externalIds.get(i).isBlank()) {
                return failWith(EngineMessage.VALIDATION_BULK_IMPORT_NETWORK_ID_REQUIRED,
                        Map.of("Position", String.valueOf(i + 1)));
            }
        }
        return VALID;
    }

    /** The second import of one network into one data center could only fail; refusing it up front is clearer. */
    public static ValidationResult noDuplicates(List<String> externalIds) {
        Set<String> seen = new HashSet<>();
        for (String id : externalIds) {
            if (!seen.add(id)) {
                return failWith(EngineMessage.VALIDATION_BULK_IMPORT_DUPLICATE_NETWORK,
                        Map.of("ExternalNetworkId", id));
            }
        }
        return VALID;
    }
}
