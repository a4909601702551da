package org.ovirt.osn.restapi.authz;

import java.security.Principal;
import java.util.Objects;

/** The authenticated caller of a REST request: its login name ({@code user@profile}) and its role. */
public record ApiUser(String name, Role role) implements Principal {

    public ApiUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    @Override
    public String getName() {
        return name;
    }
}
