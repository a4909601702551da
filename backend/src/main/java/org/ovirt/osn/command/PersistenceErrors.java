package org.ovirt.osn.command;

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
}
