package org.ovirt.osn.dal.engine;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and writes VMs. Callers run inside a transaction. Names are unique; removing a VM removes its vNICs. */
public interface VmDao {

    Optional<VmEntity> findById(UUID id);

    Optional<VmEntity> findByName(String name);

    /** All VMs, ordered by name. */
    List<VmEntity> findAll();

    /** The VMs of one cluster, ordered by name. */
    List<VmEntity> findByCluster(UUID clusterId);

    /** The VMs running (or migrating away) on one host, ordered by name. */
    List<VmEntity> findByHost(UUID hostId);

    /** Stores a new VM; its id must already be set and its cluster exist. */
    void save(VmEntity vm);

    /** Stores the changed fields of an existing VM. */
    VmEntity update(VmEntity vm);

    /** @return whether a VM with this id existed */
    boolean remove(UUID id);
}
