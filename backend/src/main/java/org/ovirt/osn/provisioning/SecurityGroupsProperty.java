package org.ovirt.osn.provisioning;

import org.ovirt.osn.engine.VnicProfile;

import java.util.Arrays;
import java.util.List;

/**
 * Reads the security groups a vNIC profile asks for from its custom property {@value VnicProfile#SECURITY_GROUPS}, as
 * the oVirt engine does: absent means the provider's default groups (null), an empty value none (empty list), else
 * the comma-separated group ids.
 */
final class SecurityGroupsProperty {

    private SecurityGroupsProperty() {
    }

    /** @return null for the provider's default, else exactly these groups (possibly none) */
    static List<String> of(VnicProfile profile) {
        if (!profile.customProperties().containsKey(VnicProfile.SECURITY_GROUPS)) {
            return null;
        }
        String value = profile.customProperties().get(VnicProfile.SECURITY_GROUPS);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(id -> !id.isEmpty()).distinct().toList();
    }
}
