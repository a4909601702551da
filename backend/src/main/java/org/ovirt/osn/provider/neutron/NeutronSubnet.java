package org.ovirt.osn.provider.neutron;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** A Neutron subnet on the wire, read and written. Members that are null are left out of a request. */
@JsonIgnoreProperties(ignoreUnknown = true)
record NeutronSubnet(
        String id,
        @JsonProperty("network_id") String networkId,
        String name,
        String cidr,
        @JsonProperty("ip_version") Integer ipVersion,
        @JsonProperty("gateway_ip") String gatewayIp,
        @JsonProperty("dns_nameservers") List<String> dnsNameservers,
        @JsonProperty("enable_dhcp") Boolean enableDhcp,
        @JsonProperty("ipv6_address_mode") String ipv6AddressMode,
        @JsonProperty("ipv6_ra_mode") String ipv6RaMode) {

    /** {@code {"subnet": {…}}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record One(NeutronSubnet subnet) {
    }

    /** {@code {"subnets": […], "subnets_links": […]}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<NeutronSubnet> subnets, @JsonProperty("subnets_links") List<NeutronLink> subnetsLinks)
            implements NeutronPage<NeutronSubnet> {

        @Override
        public List<NeutronSubnet> items() {
            return subnets;
        }

        @Override
        public List<NeutronLink> links() {
            return subnetsLinks == null ? List.of() : subnetsLinks;
        }

        @Override
        public String idOf(NeutronSubnet item) {
            return item.id();
        }
    }
}
