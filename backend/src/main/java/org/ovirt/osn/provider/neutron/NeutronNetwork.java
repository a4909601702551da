package org.ovirt.osn.provider.neutron;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A Neutron network on the wire, read and written. Members that are null are left out of a request.
 *
 * <p>{@code tenant_id} is only read, as the fallback for providers that do not send {@code project_id}
 * (ovirt-provider-ovn): sending both with different values is an error in Neutron.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record NeutronNetwork(
        String id,
        String name,
        @JsonProperty("admin_state_up") Boolean adminStateUp,
        String status,
        List<String> subnets,
        Boolean shared,
        Integer mtu,
        @JsonProperty("port_security_enabled") Boolean portSecurityEnabled,
        @JsonProperty("provider:network_type") String networkType,
        @JsonProperty("provider:physical_network") String physicalNetwork,
        @JsonProperty("provider:segmentation_id") Integer segmentationId,
        @JsonProperty("project_id") String projectId,
        @JsonProperty(value = "tenant_id", access = JsonProperty.Access.WRITE_ONLY) String tenantId) {

    /** {@code {"network": {…}}}, the body of a single-network request and answer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record One(NeutronNetwork network) {
    }

    /** {@code {"networks": […], "networks_links": […]}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<NeutronNetwork> networks, @JsonProperty("networks_links") List<NeutronLink> networksLinks)
            implements NeutronPage<NeutronNetwork> {

        @Override
        public List<NeutronNetwork> items() {
            return networks;
        }

        @Override
        public List<NeutronLink> links() {
            return networksLinks == null ? List.of() : networksLinks;
        }

        @Override
        public String idOf(NeutronNetwork item) {
            return item.id();
        }
    }
}
