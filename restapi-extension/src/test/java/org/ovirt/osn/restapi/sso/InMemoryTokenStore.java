package org.ovirt.osn.restapi.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.config.OsnConfiguration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The tokens in this node's memory. Tokens are random (256 bits) and kept only as SHA-256 digests, so a heap dump
 * does not reveal usable tokens; each expires after {@code osn.sso.token.lifetime} seconds (default 3600).
 */
@ApplicationScoped
public class InMemoryTokenStore implements TokenStore {

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private Clock clock;
    private Supplier<Duration> lifetime;

    protected InMemoryTokenStore() {
        // for CDI proxies
    }

    /** The lifetime is read at each issue, so a changed setting applies to the next token without a restart. */
    @Inject
    public InMemoryTokenStore(OsnConfiguration configuration) {
        this(Clock.systemUTC(), () -> configuration.getSeconds("osn.sso.token.lifetime", 3600));
    }

    public InMemoryTokenStore(Clock clock, Duration lifetime) {
        this(clock, () -> lifetime);
    }

    public InMemoryTokenStore(Clock clock, Supplier<Duration> lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    public IssuedToken issue(String user, OAuthScope scope) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Session session = new Session(user, scope, clock.instant().plus(lifetime.get()));
        sessions.put(digest(token), session);
        purgeExpired();
        return new IssuedToken(token, session);
    }

    @Override
    public Optional<Session> find(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String key = digest(token);
        Session session = sessions.get(key);
        if (session == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(session.expiresAt())) {
            sessions.remove(key);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    @Override
    public void revoke(String token) {
        if (token != null) {
            sessions.remove(digest(token));
        }
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> !now.isBefore(s.expiresAt()));
    }

    private static String digest(String token) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
