package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.List;

/**
 * {@code <cluster>} with {@code <data_center id="…"/>} and {@code external_network_providers}, as oVirt's {@code Cluster}
 * type; also a reference.
 */
@XmlRootElement(name = "cluster")
public class Cluster extends BaseResource {

    @XmlElement(name = "data_center")
    private DataCenter dataCenter;

    /**
     * As oVirt: the cluster's default network provider (at most one), settable when the cluster is added; sync imports
     * that provider's networks into the cluster's data center and attaches them to the cluster.
     */
    @XmlElement(name = "external_network_providers")
    private ExternalProviders externalNetworkProviders;

    @XmlElement(name = "link")
    private List<Link> link;

    public ExternalProviders getExternalNetworkProviders() {
        return externalNetworkProviders;
    }

    public void setExternalNetworkProviders(ExternalProviders externalNetworkProviders) {
        this.externalNetworkProviders = externalNetworkProviders;
    }

    public DataCenter getDataCenter() {
        return dataCenter;
    }

    public void setDataCenter(DataCenter dataCenter) {
        this.dataCenter = dataCenter;
    }

    public List<Link> getLink() {
        return link;
    }

    public void setLink(List<Link> link) {
        this.link = link;
    }
}
