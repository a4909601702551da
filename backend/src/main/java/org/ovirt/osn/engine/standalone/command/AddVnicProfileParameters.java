package org.ovirt.osn.engine.standalone.command;

import org.ovirt.osn.engine.VnicProfile;

import java.util.UUID;

/** A vNIC profile to add to a network; it gets its id here. */
public record AddVnicProfileParameters(VnicProfile profile) {

    public AddVnicProfileParameters {
        if (profile.id() == null) {
            profile = profile.withId(UUID.randomUUID());
        }
    }
}
