package org.ovirt.osn.dal.engine;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and writes vNIC profiles with their custom properties. Callers run inside a transaction. */
public interface VnicProfileDao {

    Optional<VnicProfileEntity> findById(UUID id);

    /** Profile names are unique per network. */
    Optional<VnicProfileEntity> findByNetworkAndName(UUID networkId, String name);

    /** All profiles, ordered by name. */
    List<VnicProfileEntity> findAll();

    /** The profiles of one network, ordered by name. */
    List<VnicProfileEntity> findByNetwork(UUID networkId);

    /** Stores a new profile; its id must already be set and its network exist. */
    void save(VnicProfileEntity profile);

    /** @return whether a profile with this id existed */
    boolean remove(UUID id);
}
