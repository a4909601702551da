package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code <openstack_networks>}; in JSON {@code {"openstack_network":[…]}}. Also the content of a network's
 * {@code <provided_by>} extension.
 */
@XmlRootElement(name = "openstack_networks")
public class OpenStackNetworks {

    @XmlElement(name = "openstack_network")
    private List<OpenStackNetwork> openstackNetwork = new ArrayList<>();

    public List<OpenStackNetwork> getOpenstackNetwork() {
        return openstackNetwork;
    }

    public void setOpenstackNetwork(List<OpenStackNetwork> openstackNetwork) {
        this.openstackNetwork = openstackNetwork;
    }
}
