package org.ovirt.osn.dal.engine;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and writes vNICs. Callers run inside a transaction. Names are unique per VM, MAC addresses everywhere. */
public interface VmNicDao {

    Optional<VmNicEntity> findById(UUID id);

    /** The vNICs of one VM, ordered by name. */
    List<VmNicEntity> findByVm(UUID vmId);

    Optional<VmNicEntity> findByVmAndName(UUID vmId, String name);

    /** @param mac lower case, colon separated */
    Optional<VmNicEntity> findByMac(String mac);

    /** The vNICs connected through this profile, ordered by name. */
    List<VmNicEntity> findByProfile(UUID profileId);

    /** The vNICs connected through any profile of this network, ordered by name. */
    List<VmNicEntity> findByNetwork(UUID networkId);

    /** Stores a new vNIC; its id must already be set and its VM exist. */
    void save(VmNicEntity nic);

    /** Stores the changed fields of an existing vNIC. */
    VmNicEntity update(VmNicEntity nic);

    /** @return whether a vNIC with this id existed */
    boolean remove(UUID id);
}
