package org.ovirt.osn.dal.network;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Reads and writes provided-by links between engine networks and provider networks. Callers run inside a
 * transaction; the DAO neither opens one nor commits.
 */
public interface ProvidedNetworkDao {

    /** The providers of one engine network, oldest link first. */
    List<ProvidedNetworkEntity> findByNetwork(UUID networkId);

    /** Every link of a provider, by external id. */
    List<ProvidedNetworkEntity> findByProvider(UUID providerId);

    /** Where one provider network is imported or linked: at most one link per data center. */
    List<ProvidedNetworkEntity> findByExternal(UUID providerId, String externalId);

    /**
     * Stores a new link and flushes, so a clash with an existing link (same provider network in the same data
     * center, or the same provider on the same engine network) fails here with a constraint violation.
     */
    void save(ProvidedNetworkEntity link);

    /** Removes one link (sync: a provider network gone while others still provide the engine network). */
    boolean remove(UUID linkId);

    /** Removes the links of a removed engine network; @return how many there were */
    int removeByNetwork(UUID networkId);

    /**
     * Marks a link's provider network as gone (sync kept the engine network for its vNICs).
     *
     * @return true only for the call that marked it, false when it was marked already (or the link is gone)
     */
    boolean markVanished(UUID linkId, OffsetDateTime at);

    /** @return true when the link was marked as vanished and is no longer */
    boolean clearVanished(UUID linkId);
}
