package org.ovirt.osn.dal.engine;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads and writes logical networks with their cluster attachments. Callers run inside a transaction. Names and vdsm
 * names are unique per data center. Removing a network removes its vNIC profiles and attachments.
 */
public interface NetworkDao {

    Optional<NetworkEntity> findById(UUID id);

    Optional<NetworkEntity> findByDataCenterAndName(UUID dataCenterId, String name);

    Optional<NetworkEntity> findByDataCenterAndVdsmName(UUID dataCenterId, String vdsmName);

    /**
     * Which of these ids are networks that exist: one query for up to {@value JpaNetworkDao#IDS_PER_QUERY} ids (one
     * more per further as many), so a caller checking many links never asks once per network.
     */
    Set<UUID> findExistingIds(Collection<UUID> ids);

    /** All networks, ordered by name. */
    List<NetworkEntity> findAll();

    /** The networks of one data center, ordered by name. */
    List<NetworkEntity> findByDataCenter(UUID dataCenterId);

    /** The networks attached to one cluster, ordered by name. */
    List<NetworkEntity> findByCluster(UUID clusterId);

    /** Stores a new network (and its attachments); its id and vdsm name must already be set. */
    void save(NetworkEntity network);

    /**
     * Writes the changes of a network, also one read in another transaction (its attachments are replaced).
     *
     * @return the managed, updated network
     */
    NetworkEntity update(NetworkEntity network);

    /** @return whether a network with this id existed */
    boolean remove(UUID id);
}
