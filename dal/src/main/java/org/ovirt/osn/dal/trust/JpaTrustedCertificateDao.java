package org.ovirt.osn.dal.trust;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;

@ApplicationScoped
public class JpaTrustedCertificateDao implements TrustedCertificateDao {

    @PersistenceContext(unitName = "osn")
    private EntityManager em;

    protected JpaTrustedCertificateDao() {
        // for CDI
    }

    public JpaTrustedCertificateDao(EntityManager em) {
        this.em = em;
    }

    @Override
    public long version() {
        return em.find(TrustVersionEntity.class, TrustVersionEntity.ID).getVersion();
    }

    @Override
    public long lockForChange() {
        TrustVersionEntity version = em.find(TrustVersionEntity.class, TrustVersionEntity.ID,
                LockModeType.PESSIMISTIC_WRITE);
        version.increment();
        em.flush();
        return version.getVersion();
    }

    @Override
    public List<TrustedCertificateEntity> findAll() {
        return em.createNamedQuery(TrustedCertificateEntity.FIND_ALL, TrustedCertificateEntity.class).getResultList();
    }

    @Override
    public boolean add(TrustedCertificateEntity certificate) {
        long known = em.createNamedQuery(TrustedCertificateEntity.COUNT_FINGERPRINT, Long.class)
                .setParameter("fingerprint", certificate.getFingerprintSha256())
                .getSingleResult();
        if (known > 0 || em.find(TrustedCertificateEntity.class, certificate.getAlias()) != null) {
            return false;
        }
        em.persist(certificate);
        em.flush();
        return true;
    }

    @Override
    public boolean remove(String alias) {
        TrustedCertificateEntity certificate = em.find(TrustedCertificateEntity.class, alias);
        if (certificate == null) {
            return false;
        }
        em.remove(certificate);
        em.flush();
        return true;
    }
}
