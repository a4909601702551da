package org.ovirt.osn.engine.standalone;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Picks the name hosts know a logical network by. A Linux bridge name has at most 15 characters, so the network's
 * own name is used when it fits and has no special characters, else {@code on} followed by the first 13 hex digits
 * of the network id, as the engine does. The name never changes afterwards, so a rename can leave a network's old
 * name as its vdsm name: a new network wanting that name gets the id form instead.
 */
final class VdsmNames {

    static final int MAX_LENGTH = 15;
    private static final Pattern USABLE = Pattern.compile("[A-Za-z0-9_]{1," + MAX_LENGTH + "}");

    private VdsmNames() {
    }

    /** @param taken whether the data center already has a network with this vdsm name */
    static String pick(UUID networkId, String networkName, Predicate<String> taken) {
        if (networkName != null && USABLE.matcher(networkName).matches() && !taken.test(networkName)) {
            return networkName;
        }
        return fromId(networkId);
    }

    static String fromId(UUID networkId) {
        return "on" + networkId.toString().replace("-", "").substring(0, MAX_LENGTH - 2).toLowerCase(Locale.ROOT);
    }
}
