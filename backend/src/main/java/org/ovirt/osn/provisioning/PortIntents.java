package org.ovirt.osn.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.ovirt.osn.dal.port.PortIntentDao;
import org.ovirt.osn.dal.port.PortIntentEntity;

import java.util.Collection;
import java.util.UUID;

/**
 * Opens and closes intents to create ports ({@code osn_port_intent}) in transactions of their own, committed at once:
 * an intent must be durable before its create is sent, whatever the flow's transaction does afterwards. Closing them
 * together with the port records is {@link VnicPortRecords}' part, in the flow's transaction.
 *
 * <p>While the flow's transaction is suspended, these methods only insert rows that no transaction has seen, or
 * delete rows of an attempt the flow's transaction has not touched, so they never wait for a lock it holds. Each takes
 * a second database connection for its moment; the datasource pool must allow for that.
 */
@ApplicationScoped
public class PortIntents {

    private PortIntentDao dao;

    protected PortIntents() {
        // for CDI proxies
    }

    @Inject
    public PortIntents(PortIntentDao dao) {
        this.dao = dao;
    }

    /**
     * Records, and commits, that ports are about to be created for these vNICs of one VM on one provider.
     *
     * @return the attempt's id, by which {@link #closeAttempt} closes exactly these intents
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UUID open(UUID vmId, UUID providerId, Collection<UUID> vnicIds) {
        UUID attempt = UUID.randomUUID();
        dao.open(vnicIds.stream().map(vnic -> new PortIntentEntity(attempt, vnic, vmId, providerId)).toList());
        return attempt;
    }

    /**
     * Closes one attempt's intents once every port it created is known to be gone again (its compensation deleted
     * them all). Not for an attempt whose create failed: its ports may exist without the module knowing them.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void closeAttempt(UUID attemptId) {
        dao.closeAttempt(attemptId);
    }
}
