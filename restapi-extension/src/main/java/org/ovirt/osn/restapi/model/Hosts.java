package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** {@code <hosts>}; in JSON {@code {"host":[…]}}. */
@XmlRootElement(name = "hosts")
public class Hosts {

    @XmlElement(name = "host")
    private List<Host> host = new ArrayList<>();

    public List<Host> getHost() {
        return host;
    }

    public void setHost(List<Host> host) {
        this.host = host;
    }
}
