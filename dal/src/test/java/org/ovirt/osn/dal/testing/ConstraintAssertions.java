package org.ovirt.osn.dal.testing;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.function.Executable;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Assertions on refused writes that say which rule refused them: a bare "some PersistenceException" would also pass
 * when the write fails for an unrelated reason (a typo in a column, a missing table, a stale copy).
 */
public final class ConstraintAssertions {

    private ConstraintAssertions() {
    }

    /** The write fails, and the failure names the constraint (PostgreSQL and H2 both do). */
    public static void assertViolates(String constraint, Executable write) {
        PersistenceException e = assertThrows(PersistenceException.class, write);
        boolean named = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            named |= t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(constraint);
        }
        assertTrue(named, () -> "the failure should name " + constraint + ": " + e);
    }

}
