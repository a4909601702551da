package org.ovirt.osn.restapi.fault;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;

/** A well-formed body with a value that is not allowed: 400. */
@Provider
public class InvalidRepresentationExceptionMapper implements ExceptionMapper<InvalidRepresentationException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(InvalidRepresentationException e) {
        return FaultResponses.fault(Response.Status.BAD_REQUEST, "Invalid value", e.getMessage(), headers);
    }
}
