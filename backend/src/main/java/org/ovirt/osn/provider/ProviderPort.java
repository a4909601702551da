package org.ovirt.osn.provider;

import java.util.List;

/**
 * A port as the provider reports it.
 *
 * @param deviceOwner         {@code oVirt} for the engine's vNICs, {@code compute:nova}, {@code network:dhcp}, …
 * @param deviceId            for the engine's vNICs, the vNIC id
 * @param hostBinding         {@code binding:host_id}: the host the port is bound to; null or empty when unbound
 * @param securityGroups      the groups applied to the port (empty: none); null when the provider does not report them
 * @param portSecurityEnabled null when the provider does not report it
 * @param fixedIps            never null
 * @param status              {@code ACTIVE}, {@code DOWN}, {@code BUILD}, {@code ERROR}
 * @param vifType             {@code binding:vif_type}: e.g. {@code ovs}, or {@code unbound} / {@code binding_failed};
 *                            null when the provider has no port binding extension (ovirt-provider-ovn)
 * @param projectId           the owning project (tenant); null when the provider has none
 */
public record ProviderPort(
        String id,
        String networkId,
        String macAddress,
        String name,
        String deviceId,
        String deviceOwner,
        String hostBinding,
        List<String> securityGroups,
        Boolean portSecurityEnabled,
        boolean adminStateUp,
        List<ProviderFixedIp> fixedIps,
        String status,
        String vifType,
        String projectId) {

    public static final String VIF_TYPE_UNBOUND = "unbound";
    public static final String VIF_TYPE_BINDING_FAILED = "binding_failed";

    public ProviderPort {
        securityGroups = securityGroups == null ? null : List.copyOf(securityGroups);
        fixedIps = fixedIps == null ? List.of() : List.copyOf(fixedIps);
    }

    /** The provider tried to bind the port to its host and could not. */
    public boolean bindingFailed() {
        return VIF_TYPE_BINDING_FAILED.equals(vifType);
    }
}
