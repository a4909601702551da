package org.ovirt.osn.provisioning;

/**
 * Provider ports that must be deleted because their vNIC is gone (removed, moved to another network, its VM removed).
 * A release is written durably in the caller's transaction, together with the engine change that makes it necessary,
 * so it is lost neither when the provider is down nor when the server stops; it is carried out right after that
 * transaction commits, and retried with backoff until the provider confirms (a port that is already gone counts as
 * confirmed). If the caller's transaction rolls back, so does the release.
 *
 * <p>Implementations are thread-safe. {@link #enqueue} must be called inside a transaction.
 */
public interface PortReleaseQueue {

    void enqueue(PortRelease release);
}
