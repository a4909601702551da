package org.ovirt.osn.restapi.http;

import java.io.IOException;

/** A request body that went past {@link RequestGuardFilter#MAX_BODY_BYTES} while it was read. */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
    }

    /** Whether this is among the causes of {@code e} (readers wrap it in their own exceptions). */
    public static boolean isCauseOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }
}
