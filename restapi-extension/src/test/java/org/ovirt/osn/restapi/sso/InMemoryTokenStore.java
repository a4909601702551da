package org.ovirt.osn.restapi.sso;

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
 * A {@link TokenStore} in memory for unit tests of what uses a store (token-info, the filter): the server uses
 * {@link SharedTokenStore}, which keeps tokens in the shared database. Like it, this keeps only SHA-256 digests.
 */
public class InMemoryTokenStore implements TokenStore {

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private Clock clock;
    private Supplier<Duration> lifetime;

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
