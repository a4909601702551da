package org.ovirt.osn.dal.engine;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes clusters. Callers run inside a transaction. Removing a cluster detaches its networks; one that
 * still has hosts cannot be removed.
 */
public interface ClusterDao {

    Optional<ClusterEntity> findById(UUID id);

    /** Cluster names are unique across data centers, as in the engine. */
    Optional<ClusterEntity> findByName(String name);

    /** All clusters, ordered by name. */
    List<ClusterEntity> findAll();

    /** The clusters of one data center, ordered by name. */
    List<ClusterEntity> findByDataCenter(UUID dataCenterId);

    /** The clusters whose default network provider is this one, ordered by name. */
    List<ClusterEntity> findByDefaultNetworkProvider(UUID providerId);

    /** Stores a new cluster; its id must already be set and its data center exist. */
    void save(ClusterEntity cluster);

    /** @return whether a cluster with this id existed */
    boolean remove(UUID id);
}
