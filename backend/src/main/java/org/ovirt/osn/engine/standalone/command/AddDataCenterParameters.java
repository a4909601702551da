package org.ovirt.osn.engine.standalone.command;

import org.ovirt.osn.engine.DataCenter;

import java.util.UUID;

/** A data center to add; it gets its id here. */
public record AddDataCenterParameters(DataCenter dataCenter) {

    public AddDataCenterParameters {
        if (dataCenter.id() == null) {
            dataCenter = dataCenter.withId(UUID.randomUUID());
        }
    }
}
