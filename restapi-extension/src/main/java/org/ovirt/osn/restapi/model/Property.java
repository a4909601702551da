package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;

/** A custom property: {@code <property><name/><value/></property>}. */
public class Property {

    @XmlElement
    private String name;

    @XmlElement
    private String value;

    public Property() {
    }

    public Property(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
