package org.ovirt.osn.dal.port;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The module's intents to create vNIC ports ({@code osn_port_intent}): what a crash between a create and its record
 * leaves behind, so that the next run knows to look for a port it never recorded. Callers bring the transaction:
 * {@link #open} is meant to be committed on its own before the create is sent, the rest joins the flow's transaction.
 * Opening only inserts rows, so it never waits for a row a concurrent or suspended transaction holds.
 */
public interface PortIntentDao {

    /** Stores the intents (one per vNIC of an attempt) and flushes. */
    void open(List<PortIntentEntity> intents);

    /** The open intents of these vNICs, on any provider, oldest first per vNIC; none for an empty collection. */
    List<PortIntentEntity> findByVnics(Collection<UUID> vnicIds);

    /** The open intents of one VM's vNICs. */
    List<PortIntentEntity> findByVm(UUID vmId);

    /**
     * Closes every open intent of these vNICs on this provider (their ports are recorded now), including intents
     * committed by other transactions since this one began.
     *
     * @return how many were closed
     */
    int closeOnProvider(UUID providerId, Collection<UUID> vnicIds);

    /**
     * Closes the intents of one attempt only (every port it created is known to be deleted again); the intents of
     * other attempts for the same vNICs stay open.
     *
     * @return how many were closed
     */
    int closeAttempt(UUID attemptId);

    /** Closes the vNIC's intents on every provider (the vNIC goes). @return how many were closed */
    int closeOfVnic(UUID vnicId);

    /** Closes the intents of every vNIC of the VM (the VM goes). @return how many were closed */
    int closeOfVm(UUID vmId);
}
