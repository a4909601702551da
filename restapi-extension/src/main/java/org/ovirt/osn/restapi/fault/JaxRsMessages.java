package org.ovirt.osn.restapi.fault;

import java.util.regex.Pattern;

/** Tells the JAX-RS implementation's own exception messages from the ones the module's resources write. */
final class JaxRsMessages {

    /** RESTEasy's message ids ("RESTEASY003210: …") and the API's default ("HTTP 404 Not Found"). */
    private static final Pattern FRAMEWORK = Pattern.compile("RESTEASY\\d+:.*|HTTP \\d{3} .*", Pattern.DOTALL);

    private JaxRsMessages() {
    }

    static boolean isFramework(String message) {
        return FRAMEWORK.matcher(message).matches();
    }
}
