package org.ovirt.osn.restapi.mapping;

/** The request body parsed, but a value in it is not allowed (e.g. an unknown enum value); answered with 400. */
public class InvalidRepresentationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidRepresentationException(String message) {
        super(message);
    }
}
