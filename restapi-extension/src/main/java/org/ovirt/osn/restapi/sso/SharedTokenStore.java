package org.ovirt.osn.restapi.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.config.OsnConfiguration;
import org.ovirt.osn.sso.SharedSsoTokens;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tokens every engine node shares through the database ({@link SharedSsoTokens}): a token issued by one node is
 * valid on all, a logout on one ends it on all at once, and the next request anywhere sees it. Each expires after
 * {@code osn.sso.token.lifetime} seconds (default 3600), read at each issue so a change applies to the next token.
 */
@ApplicationScoped
public class SharedTokenStore implements TokenStore {

    private SharedSsoTokens tokens;
    private Supplier<Duration> lifetime;

    protected SharedTokenStore() {
        // for CDI proxies
    }

    @Inject
    public SharedTokenStore(SharedSsoTokens tokens, OsnConfiguration configuration) {
        this.tokens = tokens;
        this.lifetime = () -> configuration.getSeconds("osn.sso.token.lifetime", 3600);
    }

    @Override
    public IssuedToken issue(String user, OAuthScope scope) {
        SharedSsoTokens.Issued issued = tokens.issue(user, scope.toString(), lifetime.get());
        return new IssuedToken(issued.token(), session(issued.stored()));
    }

    @Override
    public Optional<Session> find(String token) {
        return tokens.find(token).map(SharedTokenStore::session);
    }

    @Override
    public void revoke(String token) {
        tokens.revoke(token);
    }

    private static Session session(SharedSsoTokens.StoredToken stored) {
        return new Session(stored.user(), OAuthScope.parse(stored.scope()), stored.expiresAt());
    }
}
