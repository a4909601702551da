package org.ovirt.osn.command.sync;

import java.util.UUID;

/**
 * @param dryRun  only compute and return the diff; nothing changes (and auto sync is not turned off on a 401)
 * @param trigger who asked: an admin, or the periodic run (which already holds the provider lock)
 */
public record SyncNetworkProviderParameters(UUID providerId, boolean dryRun, Trigger trigger) {

    public enum Trigger {
        MANUAL("manual"), PERIODIC("periodic");

        private final String label;

        Trigger(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
