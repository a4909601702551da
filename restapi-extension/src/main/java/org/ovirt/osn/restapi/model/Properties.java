package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;

import java.util.ArrayList;
import java.util.List;

/** {@code <properties><property>…</property></properties>}. */
public class Properties {

    @XmlElement(name = "property")
    private List<Property> property = new ArrayList<>();

    public List<Property> getProperty() {
        return property;
    }

    public void setProperty(List<Property> property) {
        this.property = property;
    }
}
