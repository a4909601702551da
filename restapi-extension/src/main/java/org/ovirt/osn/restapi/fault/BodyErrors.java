package org.ovirt.osn.restapi.fault;

/** Turns a body-parsing failure into one line for the client, without stack traces or class names. */
final class BodyErrors {

    private BodyErrors() {
    }

    static String explain(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            return "The request body is not valid XML or JSON for this resource.";
        }
        message = message.replaceAll("\\s+", " ").trim();
        if (message.length() > 300) {
            message = message.substring(0, 300) + "…";
        }
        return "The request body is not valid XML or JSON for this resource: " + message;
    }
}
