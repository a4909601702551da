package org.ovirt.osn.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a host needs to connect one vNIC to its provider port; the engine hands it to VDSM as the vNIC's runtime custom
 * properties (oVirt: {@code runtimeDeviceCustomProperties}), where the provider's VDSM hook picks it up.
 *
 * @param portId         the provider port id, sent as {@code vnic_id}; null for an unmanaged provider (no port)
 * @param providerType   {@code OPENSTACK_NETWORK} for Neutron, {@code EXTERNAL_NETWORK} for a Neutron-like provider
 *                       such as ovirt-provider-ovn (its hook acts only on that), {@code unmanaged} for an unmanaged one
 * @param pluginType     the provider's plugin type (e.g. {@code OVIRT_PROVIDER_OVN}); empty when it has none
 * @param securityGroups the groups on the port; empty when none
 */
public record ConnectionDetails(String portId, String providerType, String pluginType, List<String> securityGroups) {

    public static final String VNIC_ID = "vnic_id";
    public static final String PROVIDER_TYPE = "provider_type";
    public static final String PLUGIN_TYPE = "plugin_type";
    public static final String SECURITY_GROUPS = "security_groups";

    public ConnectionDetails {
        pluginType = pluginType == null ? "" : pluginType;
        securityGroups = securityGroups == null ? List.of() : List.copyOf(securityGroups);
    }

    /** The runtime properties as the engine passes them: {@code security_groups} only when there are any. */
    public Map<String, String> asProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        if (portId != null) {
            properties.put(VNIC_ID, portId);
        }
        properties.put(PROVIDER_TYPE, providerType);
        properties.put(PLUGIN_TYPE, pluginType);
        if (!securityGroups.isEmpty()) {
            properties.put(SECURITY_GROUPS, String.join(",", securityGroups));
        }
        return properties;
    }
}
