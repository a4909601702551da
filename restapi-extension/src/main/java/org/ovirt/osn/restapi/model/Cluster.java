package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.List;

/** {@code <cluster>} with {@code <data_center id="…"/>}, as oVirt's {@code Cluster} type; also a reference. */
@XmlRootElement(name = "cluster")
public class Cluster extends BaseResource {

    @XmlElement(name = "data_center")
    private DataCenter dataCenter;

    @XmlElement(name = "link")
    private List<Link> link;

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
