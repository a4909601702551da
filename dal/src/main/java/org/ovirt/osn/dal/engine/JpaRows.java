package org.ovirt.osn.dal.engine;

import jakarta.persistence.EntityManager;
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
