package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.List;

/**
 * {@code <vm>} with {@code <cluster id/>}, {@code status} ({@code down}, {@code up}, {@code migrating}) and, while it
 * runs, {@code <host id/>}, as oVirt's {@code Vm} type. In a {@code start} action it carries
 * {@code placement_policy} with the host to start on.
 */
@XmlRootElement(name = "vm")
public class Vm extends BaseResource {

    @XmlElement
    private Cluster cluster;
    @XmlElement
    private String status;
    @XmlElement
    private Host host;
    @XmlElement(name = "placement_policy")
    private PlacementPolicy placementPolicy;
    @XmlElement(name = "link")
    private List<Link> link;

    public Cluster getCluster() {
        return cluster;
    }

    public void setCluster(Cluster cluster) {
        this.cluster = cluster;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Host getHost() {
        return host;
    }

    public void setHost(Host host) {
        this.host = host;
    }

    public PlacementPolicy getPlacementPolicy() {
        return placementPolicy;
    }

    public void setPlacementPolicy(PlacementPolicy placementPolicy) {
        this.placementPolicy = placementPolicy;
    }

    public List<Link> getLink() {
        return link;
    }

    public void setLink(List<Link> link) {
        this.link = link;
    }
}
