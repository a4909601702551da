package org.ovirt.osn.dal.sso;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Issued SSO tokens, looked up by the hex SHA-256 of the token (the primary key, so a lookup is one indexed SELECT).
 * Each method is meant to run in a short transaction of its own, committed at once, so that other nodes see an
 * issue or a revocation immediately.
 */
public interface SsoTokenDao {

    void insert(SsoTokenEntity token);

    /** @return the token of that digest if it has not expired at {@code now} (an expired row is not returned) */
    Optional<SsoTokenEntity> findValid(String tokenHash, OffsetDateTime now);

    /** @return whether a row was deleted (revocation is row deletion) */
    boolean delete(String tokenHash);

    /**
     * Deletes at most {@code limit} tokens expired at {@code now}, oldest first, so one purge never holds a long
     * transaction on a table every request reads.
     *
     * @return how many were deleted
     */
    int deleteExpired(OffsetDateTime now, int limit);

    /** @return how many tokens node {@code nodeId} issued in runs other than {@code bootId} were deleted */
    int deleteIssuedByEarlierRuns(String nodeId, String bootId);
}
