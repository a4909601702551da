package org.ovirt.osn.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An engine vNIC profile of a logical network: what a VM's vNIC is connected through.
 *
 * @param publicUse        whether everyone may use it (the engine grants this as a permission)
 * @param customProperties e.g. {@value #SECURITY_GROUPS}: absent means the provider's default groups, an empty
 *                         value none, else a comma-separated list of security group ids
 */
public record VnicProfile(UUID id, UUID networkId, String name, String description, boolean publicUse,
                          Map<String, String> customProperties) {

    public static final String SECURITY_GROUPS = "SecurityGroups";

    public VnicProfile {
        customProperties = customProperties == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(customProperties));
    }

    public VnicProfile withId(UUID newId) {
        return new VnicProfile(newId, networkId, name, description, publicUse, customProperties);
    }
}
