package org.ovirt.osn.provider.neutron;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * A Neutron port on the wire, read and written. Members that are null are left out of a request, so an update sends
 * only what changes; an empty {@code security_groups} list is sent, and means "none".
 *
 * <p>{@code binding:profile} and {@code binding:vif_details} are JSON objects: typed as strings they broke the oVirt
 * engine against a newer Neutron (ovirt-engine#873).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record NeutronPort(
        String id,
        String name,
        @JsonProperty("network_id") String networkId,
        @JsonProperty("mac_address") String macAddress,
        @JsonProperty("admin_state_up") Boolean adminStateUp,
        String status,
        @JsonProperty("device_id") String deviceId,
        @JsonProperty("device_owner") String deviceOwner,
        @JsonProperty("fixed_ips") List<FixedIp> fixedIps,
        @JsonProperty("security_groups") List<String> securityGroups,
        @JsonProperty("port_security_enabled") Boolean portSecurityEnabled,
        @JsonProperty("binding:host_id") String hostId,
        @JsonProperty("binding:vnic_type") String vnicType,
        @JsonProperty("binding:vif_type") String vifType,
        @JsonProperty("binding:vif_details") Map<String, Object> vifDetails,
        @JsonProperty("binding:profile") Map<String, Object> profile,
        @JsonProperty("project_id") String projectId,
        @JsonProperty(value = "tenant_id", access = JsonProperty.Access.WRITE_ONLY) String tenantId) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FixedIp(@JsonProperty("subnet_id") String subnetId, @JsonProperty("ip_address") String ipAddress) {
    }

    /** {@code {"port": {…}}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record One(NeutronPort port) {
    }

    /** {@code {"ports": […], "ports_links": […]}}: a page of a listing, and the body of a bulk create. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<NeutronPort> ports, @JsonProperty("ports_links") List<NeutronLink> portsLinks)
            implements NeutronPage<NeutronPort> {

        static Page of(List<NeutronPort> ports) {
            return new Page(ports, null);
        }

        @Override
        public List<NeutronPort> items() {
            return ports;
        }

        @Override
        public List<NeutronLink> links() {
            return portsLinks == null ? List.of() : portsLinks;
        }

        @Override
        public String idOf(NeutronPort item) {
            return item.id();
        }
    }
}
