package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;

import java.util.ArrayList;
import java.util.List;

/** A list of {@code <change>} in a {@link NetworkSync}. */
public class NetworkSyncChanges {

    @XmlElement
    private List<NetworkSyncChange> change = new ArrayList<>();

    public List<NetworkSyncChange> getChange() {
        return change;
    }

    public void setChange(List<NetworkSyncChange> change) {
        this.change = change;
    }
}
