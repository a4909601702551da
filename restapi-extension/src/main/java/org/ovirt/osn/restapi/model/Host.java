package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <host>} with {@code address} and {@code <cluster id/>}, as oVirt's {@code Host} type. */
@XmlRootElement(name = "host")
public class Host extends BaseResource {

    @XmlElement
    private String address;
    @XmlElement
    private Cluster cluster;

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Cluster getCluster() {
        return cluster;
    }

    public void setCluster(Cluster cluster) {
        this.cluster = cluster;
    }
}
