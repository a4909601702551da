package org.ovirt.osn.dal.release;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The port release queue. Callers bring the transaction: {@link #save} joins the transaction of the engine change
 * that makes the release necessary; the claim and outcome methods are meant to run each in a transaction of its own,
 * committed at once, so every node sees a claim immediately.
 *
 * <p>A claim is exclusive while it lasts: {@link #claim} succeeds for one caller only, and again only after that
 * claim has run out or was given back. That is what keeps two nodes sharing the database from working one row at
 * once, and a crashed node's rows from staying stuck.
 */
public interface PortReleaseDao {

    /** Stores a new release and flushes. */
    void save(PortReleaseEntity release);

    Optional<PortReleaseEntity> find(UUID id);

    /**
     * The releases due by {@code now} that nobody holds a live claim on, the longest due first.
     *
     * @param max at most this many
     */
    List<UUID> findDue(OffsetDateTime now, int max);

    /**
     * Claims the release for {@code owner} until {@code until}, unless another live claim holds it.
     *
     * @return whether the owner holds it now; false also when the row is gone (done by someone else)
     */
    boolean claim(UUID id, String owner, OffsetDateTime now, OffsetDateTime until);

    /**
     * Claims the release for {@code owner} when another owner's claim on it ran out without being given back: that
     * owner died (or stalled) while working it. Of several callers at once, one takes it over.
     *
     * @return the owner whose claim was taken over; empty when there was no such claim or someone else took it
     */
    Optional<String> takeOverExpiredClaim(UUID id, String owner, OffsetDateTime now, OffsetDateTime until);

    /**
     * Counts one more failed attempt, schedules the next and gives the claim back.
     *
     * @param lastError cut to {@link PortReleaseEntity#LAST_ERROR_LENGTH} characters
     * @return false when the owner no longer held the claim (it ran out and another node took the row)
     */
    boolean recordFailure(UUID id, String owner, OffsetDateTime nextAttemptAt, String lastError);

    /** @return whether the row was there */
    boolean delete(UUID id);

    /** Gives back every claim of this owner (a node that shuts down); @return how many */
    int unclaimAll(String owner);

    /** The releases pending for one provider, oldest first. */
    List<PortReleaseEntity> findByProvider(UUID providerId);

    /**
     * The unclaimed releases whose provider was removed, due or not: they can never be carried out, and the admin
     * should hear of each at once.
     */
    List<UUID> findWithoutProvider(OffsetDateTime now, int max);

    /** How many releases are pending for one provider, and since when the oldest one is. */
    PendingReleases summarizeByProvider(UUID providerId);

    /** @param oldestCreatedAt null when none is pending */
    record PendingReleases(long count, OffsetDateTime oldestCreatedAt) {
    }

    /** Whether a release of this port of this provider is pending. */
    boolean isPending(UUID providerId, String portId);
}
