package org.ovirt.osn.restapi.sso;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The name and secret of an {@code Authorization: Basic} header (RFC 7617); never printed. */
record BasicCredentials(String name, String secret) {

    /** @return the credentials; empty for no header, another scheme, bad base64 or no colon */
    static Optional<BasicCredentials> parse(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty()
                : Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return "BasicCredentials[" + name + "]";
    }
}
