package org.ovirt.osn.restapi.resource;

import jakarta.ws.rs.NotFoundException;

import java.util.UUID;

/** Path ids: anything that is not a UUID names nothing, so it is a 404 like any unknown id. */
final class Ids {

    private Ids() {
    }

    static UUID parse(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            if (!uuid.toString().equalsIgnoreCase(id)) {
                throw new IllegalArgumentException(id);
            }
            return uuid;
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No object with id " + id);
        }
    }
}
