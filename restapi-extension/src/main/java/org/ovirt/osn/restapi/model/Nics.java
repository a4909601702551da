package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** {@code <nics>}; in JSON {@code {"nic":[…]}}. */
@XmlRootElement(name = "nics")
public class Nics {

    @XmlElement(name = "nic")
    private List<Nic> nic = new ArrayList<>();

    public List<Nic> getNic() {
        return nic;
    }

    public void setNic(List<Nic> nic) {
        this.nic = nic;
    }
}
