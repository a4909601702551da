package org.ovirt.osn.dal.audit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Appends audit entries and pages through them, newest first. */
public interface AuditLogDao {

    void save(AuditLogEntity entry);

    /**
     * @param first index of the first entry to return (0 = newest)
     * @param max   how many entries at most
     */
    List<AuditLogEntity> findNewestFirst(int first, int max);

    /** The newest entry of one provider with one of these event codes (e.g. the last sync's outcome). */
    Optional<AuditLogEntity> findNewestOfProvider(UUID providerId, Collection<Integer> eventCodes);
}
