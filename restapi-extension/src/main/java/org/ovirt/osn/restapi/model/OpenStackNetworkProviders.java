package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** {@code <openstack_network_providers>}; in JSON {@code {"openstack_network_provider":[…]}} as oVirt does. */
@XmlRootElement(name = "openstack_network_providers")
public class OpenStackNetworkProviders {

    @XmlElement(name = "openstack_network_provider")
    private List<OpenStackNetworkProvider> openstackNetworkProvider = new ArrayList<>();

    public List<OpenStackNetworkProvider> getOpenstackNetworkProvider() {
        return openstackNetworkProvider;
    }

    public void setOpenstackNetworkProvider(List<OpenStackNetworkProvider> openstackNetworkProvider) {
        this.openstackNetworkProvider = openstackNetworkProvider;
    }
}
