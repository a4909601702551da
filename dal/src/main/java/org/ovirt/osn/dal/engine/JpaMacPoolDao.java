package org.ovirt.osn.dal.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.HexFormat;
import java.util.Optional;

@ApplicationScoped
public class JpaMacPoolDao implements MacPoolDao {

    @PersistenceContext(unitName = "osn")
    private EntityManager em;

    protected JpaMacPoolDao() {
        // for CDI
    }

    public JpaMacPoolDao(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<String> allocate() {
        MacPoolEntity pool = em.createNamedQuery(MacPoolEntity.FIND_BY_NAME, MacPoolEntity.class)
                .setParameter("name", DEFAULT_POOL)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
        long from = toLong(pool.getRangeFrom());
        long size = toLong(pool.getRangeTo()) - from + 1;
        VmNicDao nics = new JpaVmNicDao(em);
        for (long offset = pool.getNextOffset(); offset < size; offset++) {
            String mac = toMac(from + offset);
            // an address given by hand may already sit ahead in the range
            if (nics.findByMac(mac).isEmpty()) {
                pool.setNextOffset(offset + 1);
                em.flush();
                return Optional.of(mac);
            }
        }
        pool.setNextOffset(size);
        em.flush();
        return Optional.empty();
    }

    static long toLong(String mac) {
        return HexFormat.fromHexDigitsToLong(mac.replace(":", ""));
    }

    static String toMac(long value) {
        String hex = HexFormat.of().toHexDigits(value).substring(4);
        StringBuilder mac = new StringBuilder(17);
        for (int i = 0; i < 12; i += 2) {
            if (i > 0) {
                mac.append(':');
            }
            mac.append(hex, i, i + 2);
        }
        return mac.toString();
    }
}
