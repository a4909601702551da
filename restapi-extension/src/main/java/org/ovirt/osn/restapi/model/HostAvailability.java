package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * Extension {@code <host_availability>}: whether one host can plug one provider network, as the provider's agents
 * say. {@code provider_host} is the id the provider knows the host by; {@code assumed} is true when the provider
 * reports no L2 agents, so that available is oVirt's assumption and not the provider's word; {@code checked_at} is
 * when the provider last reported its agents.
 */
@XmlRootElement(name = "host_availability")
public class HostAvailability {

    @XmlElement
    private Host host;
    @XmlElement
    private Network network;
    @XmlElement(name = "openstack_network")
    private OpenStackNetwork openstackNetwork;
    @XmlElement(name = "provider_host")
    private String providerHost;
    @XmlElement
    private Boolean available;
    @XmlElement
    private Boolean assumed;
    @XmlElement
    private String reason;
    @XmlElement(name = "checked_at")
    private String checkedAt;

    public Host getHost() {
        return host;
    }

    public void setHost(Host host) {
        this.host = host;
    }

    public Network getNetwork() {
        return network;
    }

    public void setNetwork(Network network) {
        this.network = network;
    }

    public OpenStackNetwork getOpenstackNetwork() {
        return openstackNetwork;
    }

    public void setOpenstackNetwork(OpenStackNetwork openstackNetwork) {
        this.openstackNetwork = openstackNetwork;
    }

    public String getProviderHost() {
        return providerHost;
    }

    public void setProviderHost(String providerHost) {
        this.providerHost = providerHost;
    }

    public Boolean getAvailable() {
        return available;
    }

    public void setAvailable(Boolean available) {
        this.available = available;
    }

    public Boolean getAssumed() {
        return assumed;
    }

    public void setAssumed(Boolean assumed) {
        this.assumed = assumed;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getCheckedAt() {
        return checkedAt;
    }

    public void setCheckedAt(String checkedAt) {
        this.checkedAt = checkedAt;
    }
}
