package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** {@code <events>}, newest first. */
@XmlRootElement(name = "events")
public class Events {

    @XmlElement(name = "event")
    private List<Event> event = new ArrayList<>();

    public List<Event> getEvent() {
        return event;
    }

    public void setEvent(List<Event> event) {
        this.event = event;
    }
}
