package org.ovirt.osn.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.ovirt.osn.dal.audit.AuditLogDao;

import java.util.List;

/** Pages through the audit log, newest first. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditEventQueries {

    private AuditLogDao dao;

    protected AuditEventQueries() {
        // for CDI proxies
    }

    @Inject
    public AuditEventQueries(AuditLogDao dao) {
        this.dao = dao;
    }

    public List<AuditEvent> newestFirst(int first, int max) {
        return dao.findNewestFirst(first, max).stream()
                .map(e -> new AuditEvent(e.getId(), e.getLogTime(), e.getEventCode(), e.getEventName(),
                        e.getSeverity(), e.getMessage(), e.getProviderId(), e.getUserName()))
                .toList();
    }
}
