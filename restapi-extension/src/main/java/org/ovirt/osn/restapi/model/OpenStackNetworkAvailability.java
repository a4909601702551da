package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * Extension {@code <openstack_network_availability>}: where one provider network is available, host by host, with
 * {@code assumed} true when the provider reports no L2 agents (then every host is, by oVirt's assumption).
 */
@XmlRootElement(name = "openstack_network_availability")
public class OpenStackNetworkAvailability {

    @XmlElement(name = "openstack_network")
    private OpenStackNetwork openstackNetwork;
    @XmlElement
    private Boolean assumed;
    @XmlElement(name = "checked_at")
    private String checkedAt;
    @XmlElement(name = "host_availabilities")
    private HostAvailabilities hostAvailabilities;

    public OpenStackNetwork getOpenstackNetwork() {
        return openstackNetwork;
    }

    public void setOpenstackNetwork(OpenStackNetwork openstackNetwork) {
        this.openstackNetwork = openstackNetwork;
    }

    public Boolean getAssumed() {
        return assumed;
    }

    public void setAssumed(Boolean assumed) {
        this.assumed = assumed;
    }

    public String getCheckedAt() {
        return checkedAt;
    }

    public void setCheckedAt(String checkedAt) {
        this.checkedAt = checkedAt;
    }

    public HostAvailabilities getHostAvailabilities() {
        return hostAvailabilities;
    }

    public void setHostAvailabilities(HostAvailabilities hostAvailabilities) {
        this.hostAvailabilities = hostAvailabilities;
    }
}
