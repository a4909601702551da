package org.ovirt.osn.command;

import java.sql.SQLException;
import java.util.Locale;

/** Recognises database errors that have a meaning for the admin, whichever database and driver raised them. */
public final class PersistenceErrors {

    private PersistenceErrors() {
    }

    /** Whether the failure was the violation of the named unique constraint (PostgreSQL and H2 both name it). */
    public static boolean violates(Throwable failure, String constraintName) {
        String wanted = constraintName.toLowerCase(Locale.ROOT);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the database refused a write because of an integrity constraint (SQL state class 23: a foreign key whose
     * row is gone, a unique value taken, a check): what a command validated was changed by a concurrent request before
     * it committed. Constraints a command knows by name are better reported through {@link #violates}.
     */
    public static boolean integrityViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
