package org.ovirt.osn.restapi.sso;

import org.ovirt.osn.restapi.authz.Role;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A user of the users file: its login name ({@code name@profile}, as the engine's users log in), the salted hash of
 * its password ({@link ClientSecretHash}) and its role.
 */
public record InternalUser(String name, String passwordHash, Role role) {

    /** A login name: a key in {@code users.properties}, so no '=', ':' or blanks; always with a profile. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}@[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

    public InternalUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A user name is <name>@<profile>: letters, digits, '.', '_' or '-'");
        }
    }

    /** Never the hash: a record's default would print it. */
    @Override
    public String toString() {
        return "InternalUser[" + name + ", " + role + "]";
    }
}
