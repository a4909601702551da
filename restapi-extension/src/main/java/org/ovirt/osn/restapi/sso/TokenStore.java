package org.ovirt.osn.restapi.sso;

import java.time.Instant;
import java.util.Optional;

/**
 * Bearer tokens of the SSO endpoint: issued at a password grant, looked up on every API call and by token-info,
 * revoked at logout. Implementations keep no usable token (only digests) and are thread-safe; a token is valid from
 * {@link #issue} until it expires or is {@link #revoke revoked}, on every node that shares the store.
 */
public interface TokenStore {

    /** What a valid token stands for: its user ({@code user@profile}), the scope it was issued for, its end. */
    record Session(String user, OAuthScope scope, Instant expiresAt) {
    }

    /** A new token and its session; the token itself is known only to whoever asked for it. */
    record IssuedToken(String token, Session session) {

        /** Never the token: a record's default would print it. */
        @Override
        public String toString() {
            return "IssuedToken[" + session + "]";
        }
    }

    /** @return the new token; its session is {@link #find}-able until it expires */
    IssuedToken issue(String user, OAuthScope scope);

    /** @return the session of a valid token; empty for an unknown, expired, revoked, blank or {@code null} one */
    Optional<Session> find(String token);

    /** Ends a token at once; an unknown or {@code null} token is ignored. */
    void revoke(String token);
}
