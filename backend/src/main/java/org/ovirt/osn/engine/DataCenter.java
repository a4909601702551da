package org.ovirt.osn.engine;

import java.util.UUID;

/** An engine data center: the scope of logical network names. */
public record DataCenter(UUID id, String name, String description) {

    public DataCenter withId(UUID newId) {
        return new DataCenter(newId, name, description);
    }
}
