package org.ovirt.osn.provider;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Provider kinds, named as in the oVirt REST model ({@code neutron}, {@code external}). */
public enum NetworkProviderType {
    /** OpenStack Neutron itself. */
    NEUTRON,
    /** Anything else speaking the Neutron v2.0 API, such as ovirt-provider-ovn. */
    EXTERNAL;

    /** The name used on the REST API. */
    public String modelName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NetworkProviderType> fromModelName(String name) {
        return Arrays.stream(values()).filter(t -> t.modelName().equals(name)).findFirst();
    }
}
