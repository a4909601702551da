package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** {@code <clusters>}; in JSON {@code {"cluster":[…]}}. */
@XmlRootElement(name = "clusters")
public class Clusters {

    @XmlElement(name = "cluster")
    private List<Cluster> cluster = new ArrayList<>();

    public List<Cluster> getCluster() {
        return cluster;
    }

    public void setCluster(List<Cluster> cluster) {
        this.cluster = cluster;
    }
}
