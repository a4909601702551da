package org.ovirt.osn.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.ovirt.osn.dal.sso.SsoTokenDao;
import org.ovirt.osn.dal.sso.SsoTokenEntity;
import org.ovirt.osn.job.JobNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Bearer tokens in the shared database: a token is 256 random bits (base64url), of which only the SHA-256 is stored,
 * so any node validates a token another node issued and a revocation holds on every node at once. A lookup is one
 * SELECT by primary key and nothing is cached, so there is no window in which a revoked token still works anywhere.
 * Each call is a transaction of its own (joined if the caller has one). Thread-safe.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class SharedSsoTokens {

    /** What a stored token stands for; never the token. */
    public record StoredToken(String user, String scope, Instant expiresAt) {
    }

    /** A token just issued: the token itself goes to the caller only. */
    public record Issued(String token, StoredToken stored) {

        /** Never the token: a record's default would print it. */
        @Override
        public String toString() {
            return "Issued[" + stored + "]";
        }
    }

    private final SecureRandom random = new SecureRandom();
    private SsoTokenDao tokens;
    private JobNode node;
    private Clock clock;

    protected SharedSsoTokens() {
        // for CDI proxies
    }

    @Inject
    public SharedSsoTokens(SsoTokenDao tokens, JobNode node) {
        this(tokens, node, Clock.systemUTC());
    }

    public SharedSsoTokens(SsoTokenDao tokens, JobNode node, Clock clock) {
        this.tokens = tokens;
        this.node = node;
        this.clock = clock;
    }

    public Issued issue(String user, String scope, Duration lifetime) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = now();
        OffsetDateTime expiresAt = now.plus(lifetime);
        tokens.insert(new SsoTokenEntity(digest(token), user, scope, now, expiresAt, node.nodeId(), node.runId()));
        return new Issued(token, new StoredToken(user, scope, expiresAt.toInstant()));
    }

    /** @return what a valid token stands for; empty for an unknown, expired, revoked, blank or {@code null} one */
    public Optional<StoredToken> find(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return tokens.findValid(digest(token), now())
                .map(t -> new StoredToken(t.getUserName(), t.getScope(), t.getExpiresAt().toInstant()));
    }

    /** Ends a token on every node at once; an unknown, blank or {@code null} token is ignored. */
    public void revoke(String token) {
        if (token != null && !token.isBlank()) {
            tokens.delete(digest(token));
        }
    }

    /** @return how many tokens this node issued in an earlier run were dropped (none of another node's) */
    public int dropIssuedByEarlierRuns() {
        return tokens.deleteIssuedByEarlierRuns(node.nodeId(), node.runId());
    }

    /** @return how many expired tokens were deleted, at most {@code limit} */
    public int purgeExpired(int limit) {
        return tokens.deleteExpired(now(), limit);
    }

    /** In milliseconds, as the answers give it: PostgreSQL keeps microseconds, so issue and find agree. */
    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Hex SHA-256 of the token's UTF-8 bytes: what the table keeps instead of the token. */
    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
