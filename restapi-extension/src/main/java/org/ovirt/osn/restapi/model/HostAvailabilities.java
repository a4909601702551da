package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** Extension {@code <host_availabilities>}; in JSON {@code {"host_availability":[…]}}. */
@XmlRootElement(name = "host_availabilities")
public class HostAvailabilities {

    @XmlElement(name = "host_availability")
    private List<HostAvailability> hostAvailability = new ArrayList<>();

    public List<HostAvailability> getHostAvailability() {
        return hostAvailability;
    }

    public void setHostAvailability(List<HostAvailability> hostAvailability) {
        this.hostAvailability = hostAvailability;
    }
}
