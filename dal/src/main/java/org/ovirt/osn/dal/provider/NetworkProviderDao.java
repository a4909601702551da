package org.ovirt.osn.dal.provider;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes network providers. Callers run inside a transaction; the DAO neither opens one nor commits.
 */
public interface NetworkProviderDao {

    Optional<NetworkProviderEntity> findById(UUID id);

    Optional<NetworkProviderEntity> findByName(String name);

    /** All providers, ordered by name. */
    List<NetworkProviderEntity> findAll();

    /** Stores a new provider; its id must already be set. */
    void save(NetworkProviderEntity provider);

    /**
     * Writes the changes of a provider read earlier, possibly in another transaction.
     *
     * @return the managed, updated provider
     */
    NetworkProviderEntity update(NetworkProviderEntity provider);

    /** @return whether a provider with this id existed */
    boolean remove(UUID id);
}
