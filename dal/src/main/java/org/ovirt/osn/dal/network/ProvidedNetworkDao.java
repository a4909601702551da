package org.ovirt.osn.dal.network;

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
}
