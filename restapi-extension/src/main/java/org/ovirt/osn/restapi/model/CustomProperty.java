package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;

/** {@code <custom_property><name/><value/></custom_property>}, e.g. {@code SecurityGroups}. */
public class CustomProperty {

    @XmlElement
    private String name;

    @XmlElement
    private String value;

    public CustomProperty() {
    }

    public CustomProperty(String name, String value) {
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
