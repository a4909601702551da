package org.ovirt.osn.dal.engine;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import java.util.Optional;
import java.util.UUID;

/** What every JPA DAO of the inventory does the same way. */
final class JpaRows {

    private JpaRows() {
    }

    static <T> Optional<T> first(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }

    static <T> void insert(EntityManager em, T entity) {
        em.persist(entity);
        em.flush();
    }

    /**
     * Inserts a row after locking the rows it refers to until the transaction ends. A concurrent removal of one of
     * them (which checked that nothing refers to it before this row existed) then waits, and fails on the foreign key
     * once this commits, instead of both committing: H2 does not hold a parent row for a referring insert the way
     * PostgreSQL does. A parent already gone leaves the insert to fail on the foreign key.
     *
     * @param parents pairs of entity type and id; a null id is skipped
     */
    static <T> void insertReferring(EntityManager em, T entity, Object... parents) {
        for (int i = 0; i < parents.length; i += 2) {
            if (parents[i + 1] != null) {
                em.find((Class<?>) parents[i], parents[i + 1], LockModeType.PESSIMISTIC_WRITE);
            }
        }
        insert(em, entity);
    }

    /** @return whether the row existed */
    static boolean delete(EntityManager em, Class<?> type, UUID id) {
        Object entity = em.find(type, id);
        if (entity == null) {
            return false;
        }
        em.remove(entity);
        em.flush();
        return true;
    }
}
