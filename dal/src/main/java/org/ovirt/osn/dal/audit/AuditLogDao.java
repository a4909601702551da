package org.ovirt.osn.dal.audit;

import java.util.List;

/** Appends audit entries and pages through them, newest first. */
public interface AuditLogDao {

    void save(AuditLogEntity entry);

    /**
     * @param first index of the first entry to return (0 = newest)
     * @param max   how many entries at most
     */
    List<AuditLogEntity> findNewestFirst(int first, int max);
}
