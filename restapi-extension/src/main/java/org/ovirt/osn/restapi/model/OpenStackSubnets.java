package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** {@code <openstack_subnets>}; in JSON {@code {"openstack_subnet":[…]}}. */
@XmlRootElement(name = "openstack_subnets")
public class OpenStackSubnets {

    @XmlElement(name = "openstack_subnet")
    private List<OpenStackSubnet> openstackSubnet = new ArrayList<>();

    public List<OpenStackSubnet> getOpenstackSubnet() {
        return openstackSubnet;
    }

    public void setOpenstackSubnet(List<OpenStackSubnet> openstackSubnet) {
        this.openstackSubnet = openstackSubnet;
    }
}
