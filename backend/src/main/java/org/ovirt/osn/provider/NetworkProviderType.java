package org.ovirt.osn.provider;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Provider kinds. The oVirt REST model names two of them in {@code type} ({@code neutron}, {@code external}); an
 * unmanaged provider is an {@code external} one with {@code unmanaged} set.
 */
public enum NetworkProviderType {
    /** OpenStack Neutron itself. */
    NEUTRON,
    /** Anything else speaking the Neutron v2.0 API, such as ovirt-provider-ovn. */
    EXTERNAL,
    /**
     * oVirt's unmanaged external provider (since 4.2.1): its networks live only in the engine and nothing is called
     * on it; hosts learn only that the vNIC is handled by its plugin.
     */
    UNMANAGED;

    /** The name used on the REST API. */
    public String modelName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NetworkProviderType> fromModelName(String name) {
        return Arrays.stream(values()).filter(t -> t.modelName().equals(name)).findFirst();
    }
}
