package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** {@code <networks>}; in JSON {@code {"network":[…]}}. */
@XmlRootElement(name = "networks")
public class Networks {

    @XmlElement(name = "network")
    private List<Network> network = new ArrayList<>();

    public List<Network> getNetwork() {
        return network;
    }

    public void setNetwork(List<Network> network) {
        this.network = network;
    }
}
