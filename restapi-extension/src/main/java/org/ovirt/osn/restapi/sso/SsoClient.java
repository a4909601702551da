package org.ovirt.osn.restapi.sso;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A registered SSO client (such as {@code ovirt-provider-ovn}): its id, the salted hash of its secret
 * ({@link ClientSecretHash}) and the scopes it may use.
 */
public record SsoClient(String id, String secretHash, OAuthScope scope) {

    /** What a client id may consist of: it is a key in {@code sso-clients.properties}. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");

    public SsoClient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(scope, "scope");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A client id is 1 to 128 letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit");
        }
    }

    /** Never the hash: a record's default would print it. */
    @Override
    public String toString() {
        return "SsoClient[" + id + ", scope=" + scope + "]";
    }
}
