package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;

import java.util.ArrayList;
import java.util.List;

/** {@code <custom_properties><custom_property>…</custom_property></custom_properties>}. */
public class CustomProperties {

    @XmlElement(name = "custom_property")
    private List<CustomProperty> customProperty = new ArrayList<>();

    public List<CustomProperty> getCustomProperty() {
        return customProperty;
    }

    public void setCustomProperty(List<CustomProperty> customProperty) {
        this.customProperty = customProperty;
    }
}
