package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code <vlan id="10"/>}: a network's VLAN tag, as oVirt writes it. */
public class Vlan {

    @XmlAttribute
    private Integer id;

    public Vlan() {
    }

    public Vlan(Integer id) {
        this.id = id;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }
}
