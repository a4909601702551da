package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;

/** {@code <placement_policy><hosts><host id/></hosts></placement_policy>}: where a VM may run. */
public class PlacementPolicy {

    @XmlElement
    private Hosts hosts;

    public Hosts getHosts() {
        return hosts;
    }

    public void setHosts(Hosts hosts) {
        this.hosts = hosts;
    }
}
