package org.ovirt.osn.dal.port;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes the module's record of provisioned vNIC ports. Callers run inside a transaction; the DAO neither
 * opens one nor commits. Entities read here are managed: changes to them are written when the transaction commits
 * (or at {@link #flush()}), and a concurrent change of the same row fails with an optimistic lock exception.
 */
public interface VnicPortDao {

    Optional<VnicPortEntity> findByVnic(UUID vnicId);

    /** The ports of these vNICs, by vNIC id; vNICs without one are left out. */
    List<VnicPortEntity> findByVnics(Collection<UUID> vnicIds);

    /** Every port of one VM's vNICs, by vNIC id. */
    List<VnicPortEntity> findByVm(UUID vmId);

    List<VnicPortEntity> findByProvider(UUID providerId);

    /** Stores a new row and flushes, so a clash (a second row for the vNIC or the port) fails here. */
    void save(VnicPortEntity port);

    /** Writes pending changes of managed rows now, so that a failure shows here rather than at commit. */
    void flush();

    /** @return whether there was a row */
    boolean removeByVnic(UUID vnicId);
}
