package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;

import java.util.ArrayList;
import java.util.List;

/** {@code <dns_servers><dns_server>8.8.8.8</dns_server></dns_servers>}; in JSON {@code {"dns_server":[…]}}. */
public class DnsServers {

    @XmlElement(name = "dns_server")
    private List<String> dnsServer = new ArrayList<>();

    public DnsServers() {
    }

    public DnsServers(List<String> servers) {
        dnsServer = new ArrayList<>(servers);
    }

    public List<String> getDnsServer() {
        return dnsServer;
    }

    public void setDnsServer(List<String> dnsServer) {
        this.dnsServer = dnsServer;
    }
}
