package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.List;

/** {@code <data_center>}, as oVirt's {@code DataCenter} type; also the reference {@code <data_center id="…"/>}. */
@XmlRootElement(name = "data_center")
public class DataCenter extends BaseResource {

    @XmlElement(name = "link")
    private List<Link> link;

    public List<Link> getLink() {
        return link;
    }

    public void setLink(List<Link> link) {
        this.link = link;
    }
}
