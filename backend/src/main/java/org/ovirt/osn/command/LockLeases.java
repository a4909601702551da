package org.ovirt.osn.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.ovirt.osn.dal.lock.LockLeaseDao;
import org.ovirt.osn.dal.lock.LockLeaseEntity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Lease operations, each committed on its own so every node sees it at once. */
@ApplicationScoped
public class LockLeases {

    private LockLeaseDao dao;

    protected LockLeases() {
        // for CDI proxies
    }

    @Inject
    public LockLeases(LockLeaseDao dao) {
        this.dao = dao;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean tryAcquire(String key, String owner, Duration ttl) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return dao.tryInsert(new LockLeaseEntity(key, owner, now, now.plus(ttl)));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String holder(String key) {
        return dao.find(key).map(LockLeaseEntity::getOwner).orElse(null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String key, String owner) {
        dao.release(key, owner);
    }
}
