package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;

/** {@code <mac><address>56:6f:…</address></mac>}. */
public class Mac {

    @XmlElement
    private String address;

    public Mac() {
    }

    public Mac(String address) {
        this.address = address;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
