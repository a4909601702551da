package org.ovirt.osn.provisioning.release;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.ovirt.osn.dal.release.PortReleaseDao;
import org.ovirt.osn.dal.release.PortReleaseEntity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The worker's and the reconciler's operations on the release queue, each committed on its own at once so that every
 * node sees a claim or an outcome immediately, and so that no transaction stays open while a provider answers.
 */
@ApplicationScoped
public class PortReleaseRows {

    private PortReleaseDao dao;

    protected PortReleaseRows() {
        // for CDI proxies
    }

    @Inject
    public PortReleaseRows(PortReleaseDao dao) {
        this.dao = dao;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void add(PortReleaseEntity release) {
        dao.save(release);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> due(OffsetDateTime now, int max) {
        return dao.findDue(now, max);
    }

    /** Unclaimed releases whose provider was removed, due or not. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> withoutProvider(OffsetDateTime now, int max) {
        return dao.findWithoutProvider(now, max);
    }

    /** @return the release, now claimed by {@code owner}; empty when another node holds it or it is done */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<PortReleaseEntity> claim(UUID id, String owner, OffsetDateTime now, OffsetDateTime until) {
        return dao.claim(id, owner, now, until) ? dao.find(id) : Optional.empty();
    }

    /** A claimed release, and whose expired claim it was taken over from (null when nobody held it). */
    public record Claim(PortReleaseEntity release, String takenOverFrom) {
    }

    /**
     * Claims the release, taking it over when another owner's claim ran out (that node died while working it).
     *
     * @return the claim; empty when another node holds it or it is done
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claim> claimOrTakeOver(UUID id, String owner, OffsetDateTime now, OffsetDateTime until) {
        Optional<String> takenOverFrom = dao.takeOverExpiredClaim(id, owner, now, until);
        if (takenOverFrom.isPresent()) {
            return dao.find(id).map(release -> new Claim(release, takenOverFrom.get()));
        }
        return dao.claim(id, owner, now, until) ? dao.find(id).map(release -> new Claim(release, null))
                : Optional.empty();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean recordFailure(UUID id, String owner, OffsetDateTime nextAttemptAt, String lastError) {
        return dao.recordFailure(id, owner, nextAttemptAt, lastError);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean done(UUID id) {
        return dao.delete(id);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int unclaimAll(String owner) {
        return dao.unclaimAll(owner);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean isPending(UUID providerId, String portId) {
        return dao.isPending(providerId, portId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<PortReleaseEntity> pendingFor(UUID providerId) {
        return dao.findByProvider(providerId);
    }
}
