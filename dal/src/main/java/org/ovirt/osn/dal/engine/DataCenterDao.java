package org.ovirt.osn.dal.engine;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes data centers. Callers run inside a transaction; the DAO neither opens one nor commits. Removing a
 * data center removes its networks (and their profiles) too; one that still has clusters cannot be removed.
 */
public interface DataCenterDao {

    Optional<DataCenterEntity> findById(UUID id);

    Optional<DataCenterEntity> findByName(String name);

    /** All data centers, ordered by name. */
    List<DataCenterEntity> findAll();

    /** Stores a new data center; its id must already be set. */
    void save(DataCenterEntity dataCenter);

    /** @return whether a data center with this id existed */
    boolean remove(UUID id);
}
