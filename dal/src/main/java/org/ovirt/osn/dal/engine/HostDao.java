package org.ovirt.osn.dal.engine;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and writes hosts. Callers run inside a transaction. Names and addresses are unique. */
public interface HostDao {

    Optional<HostEntity> findById(UUID id);

    Optional<HostEntity> findByName(String name);

    Optional<HostEntity> findByAddress(String address);

    /** All hosts, ordered by name. */
    List<HostEntity> findAll();

    /** The hosts of one cluster, ordered by name. */
    List<HostEntity> findByCluster(UUID clusterId);

    /** Stores a new host; its id must already be set and its cluster exist. */
    void save(HostEntity host);

    /** @return whether a host with this id existed */
    boolean remove(UUID id);

    /** The binding host id the host reported for a provider plugin type; empty when it reported none. */
    Optional<String> findProviderBinding(UUID hostId, String pluginType);

    /** Records (or replaces) the binding host id of a host for a plugin type. */
    void saveProviderBinding(UUID hostId, String pluginType, String bindingHostId);
}
