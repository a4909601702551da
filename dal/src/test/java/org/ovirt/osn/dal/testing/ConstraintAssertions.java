package org.ovirt.osn.dal.testing;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.function.Executable;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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

    /**
     * The write fails on the table's primary key. PostgreSQL names the constraint; H2 does not keep a primary key's
     * name and names its index ({@code PRIMARY_KEY_nn ON PUBLIC.TABLE(COLUMN)}) instead.
     */
    public static void assertViolatesPrimaryKey(String constraint, String table, String column, Executable write) {
        String h2Index = " on public." + table + "(" + column + ")";
        PersistenceException e = assertThrows(PersistenceException.class, write);
        boolean named = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            named |= message.contains(constraint) || message.contains(".primary_key_") && message.contains(h2Index);
        }
        assertTrue(named, () -> "the failure should name " + constraint + " or the primary key of " + table + ": " + e);
    }

    /** The write fails because the row changed since it was read (its version moved on), not for another reason. */
    public static void assertStaleCopyRefused(Executable write) {
        PersistenceException e = assertThrows(PersistenceException.class, write);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return;
            }
        }
        fail("the failure should be an optimistic lock failure: " + e, e);
    }
}
