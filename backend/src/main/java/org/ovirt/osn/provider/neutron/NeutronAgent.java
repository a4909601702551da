package org.ovirt.osn.provider.neutron;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * An agent of {@code GET /v2.0/agents}. {@code configurations} is free-form per agent type (the Open vSwitch agent's
 * {@code bridge_mappings} is an object, ML2/OVN's {@code bridge-mappings} a string), so it stays a map here and
 * {@link NeutronMapper} reads what it knows of it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record NeutronAgent(
        String id,
        String host,
        @JsonProperty("agent_type") String agentType,
        Boolean alive,
        @JsonProperty("admin_state_up") Boolean adminStateUp,
        Map<String, Object> configurations) {

    /** {@code {"agents": […]}}; the agent API does not page. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Listing(List<NeutronAgent> agents) {
    }
}
