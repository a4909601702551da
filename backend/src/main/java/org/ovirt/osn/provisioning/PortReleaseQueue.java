package org.ovirt.osn.provisioning;

/**
 * Provider ports that must be deleted because their vNIC is gone (removed, moved to another network, its VM removed).
 * A release is written durably in the caller's transaction, together with the engine change that makes it necessary,
 * so it is lost neither when the provider is down nor when the server stops; it is carried out right after that
 * transaction commits, and retried with backoff until the provider confirms (a port that is already gone counts as
 * confirmed). If the caller's transaction rolls back, so does the release.
 *
 * <p>Implementations are thread-safe. {@link #enqueue} must be called inside a transaction.
 *
 * <p>A release without a port id deletes every port of the vNIC (device id = vNIC id, device owner = this engine's):
 * when the vNIC stays and only moves to another network, give the old port's id, or its new port would go too.
 * The implementation ({@code provisioning.release.JtaPortReleaseQueue}) throws {@link IllegalStateException} when no
 * transaction is active, tries the release on a managed executor once the transaction has committed, and writes the
 * audit events described in the README ("Port release").
 */
public interface PortReleaseQueue {

    void enqueue(PortRelease release);
}
