package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;

import java.util.ArrayList;
import java.util.List;

/** {@code <usages><usage>vm</usage></usages>}: what a network is used for; {@code vm} makes it a VM network. */
public class Usages {

    @XmlElement(name = "usage")
    private List<String> usage = new ArrayList<>();

    public List<String> getUsage() {
        return usage;
    }

    public void setUsage(List<String> usage) {
        this.usage = usage;
    }
}
