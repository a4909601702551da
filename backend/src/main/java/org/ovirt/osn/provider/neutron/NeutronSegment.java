package org.ovirt.osn.provider.neutron;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** A segment of {@code GET /v2.0/segments} (Neutron's {@code segments} service plugin). */
@JsonIgnoreProperties(ignoreUnknown = true)
record NeutronSegment(
        String id,
        @JsonProperty("network_id") String networkId,
        @JsonProperty("network_type") String networkType,
        @JsonProperty("physical_network") String physicalNetwork) {

    /** {@code {"segments": […], "segments_links": […]}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<NeutronSegment> segments, @JsonProperty("segments_links") List<NeutronLink> segmentsLinks)
            implements NeutronPage<NeutronSegment> {

        @Override
        public List<NeutronSegment> items() {
            return segments;
        }

        @Override
        public List<NeutronLink> links() {
            return segmentsLinks == null ? List.of() : segmentsLinks;
        }

        @Override
        public String idOf(NeutronSegment item) {
            return item.id();
        }
    }
}
