package org.ovirt.osn.restapi.model;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlTransient;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code <openstack_subnet>}, as oVirt's {@code OpenStackSubnet}: {@code cidr}, {@code ip_version} ({@code v4} |
 * {@code v6}), {@code gateway}, {@code dns_servers} and {@code <openstack_network id/>}; {@code id} is the provider's.
 * Extension: {@code ipv6_address_mode} and {@code ipv6_ra_mode} ({@code slaac}, {@code dhcpv6-stateful},
 * {@code dhcpv6-stateless}) for IPv6 subnets.
 */
@XmlRootElement(name = "openstack_subnet")
public class OpenStackSubnet extends BaseResource {

    @XmlElement
    private String cidr;
    @XmlElement(name = "ip_version")
    private String ipVersion;
    @XmlElement
    private String gateway;
    /** XML: one or more elements, in either form (see {@link DnsServersXml}). */
    @XmlElement(name = "dns_servers")
    private List<DnsServersXml> dnsServersXml;
    /** JSON: {@code "dns_servers":{"dns_server":[…]}}. */
    @XmlTransient
    private DnsServers dnsServers;
    @XmlElement(name = "ipv6_address_mode")
    private String ipv6AddressMode;
    @XmlElement(name = "ipv6_ra_mode")
    private String ipv6RaMode;
    @XmlElement(name = "openstack_network")
    private OpenStackNetwork openstackNetwork;

    /** The DNS servers, however they were given. */
    public List<String> dnsServerList() {
        List<String> all = new ArrayList<>();
        if (dnsServersXml != null) {
            dnsServersXml.forEach(x -> all.addAll(x.servers()));
        }
        if (dnsServers != null && dnsServers.getDnsServer() != null) {
            all.addAll(dnsServers.getDnsServer());
        }
        return all;
    }

    /** Sets both the XML (wrapped) and the JSON form. */
    public void dnsServerList(List<String> servers) {
        dnsServersXml = servers.isEmpty() ? null : List.of(DnsServersXml.wrapped(servers));
        dnsServers = servers.isEmpty() ? null : new DnsServers(servers);
    }

    public String getCidr() {
        return cidr;
    }

    public void setCidr(String cidr) {
        this.cidr = cidr;
    }

    public String getIpVersion() {
        return ipVersion;
    }

    public void setIpVersion(String ipVersion) {
        this.ipVersion = ipVersion;
    }

    public String getGateway() {
        return gateway;
    }

    public void setGateway(String gateway) {
        this.gateway = gateway;
    }

    @JsonbTransient
    public List<DnsServersXml> getDnsServersXml() {
        return dnsServersXml;
    }

    @JsonbTransient
    public void setDnsServersXml(List<DnsServersXml> dnsServersXml) {
        this.dnsServersXml = dnsServersXml;
    }

    public DnsServers getDnsServers() {
        return dnsServers;
    }

    public void setDnsServers(DnsServers dnsServers) {
        this.dnsServers = dnsServers;
    }

    @JsonbProperty("ipv6_address_mode")
    public String getIpv6AddressMode() {
        return ipv6AddressMode;
    }

    @JsonbProperty("ipv6_address_mode")
    public void setIpv6AddressMode(String ipv6AddressMode) {
        this.ipv6AddressMode = ipv6AddressMode;
    }

    @JsonbProperty("ipv6_ra_mode")
    public String getIpv6RaMode() {
        return ipv6RaMode;
    }

    @JsonbProperty("ipv6_ra_mode")
    public void setIpv6RaMode(String ipv6RaMode) {
        this.ipv6RaMode = ipv6RaMode;
    }

    public OpenStackNetwork getOpenstackNetwork() {
        return openstackNetwork;
    }

    public void setOpenstackNetwork(OpenStackNetwork openstackNetwork) {
        this.openstackNetwork = openstackNetwork;
    }
}
