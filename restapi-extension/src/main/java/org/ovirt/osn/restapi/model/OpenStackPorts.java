package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** {@code <openstack_ports>}; in JSON {@code {"openstack_port":[…]}}. Not in oVirt's model. */
@XmlRootElement(name = "openstack_ports")
public class OpenStackPorts {

    @XmlElement(name = "openstack_port")
    private List<OpenStackPort> openstackPort = new ArrayList<>();

    public List<OpenStackPort> getOpenstackPort() {
        return openstackPort;
    }

    public void setOpenstackPort(List<OpenStackPort> openstackPort) {
        this.openstackPort = openstackPort;
    }
}
