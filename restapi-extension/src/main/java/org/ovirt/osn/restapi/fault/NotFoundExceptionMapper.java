package org.ovirt.osn.restapi.fault;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A path that names nothing: 404 with a fault that says which path, in the format the client asked for. The
 * resources' own "no such id" refusals keep their words; JAX-RS's ("RESTEASY003210: Could not find resource for
 * full path: …", with the whole URL) become "No resource at <path>".
 */
@Provider
public class NotFoundExceptionMapper implements ExceptionMapper<NotFoundException> {

    @Context
    private HttpHeaders headers;
    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(NotFoundException e) {
        return FaultResponses.fault(Response.Status.NOT_FOUND, "Resource not found", detail(e), headers);
    }

    private String detail(NotFoundException e) {
        String message = e.getMessage();
        boolean ours = message != null && !message.isBlank() && !JaxRsMessages.isFramework(message);
        return ours ? message : "No resource at " + uriInfo.getRequestUri().getRawPath();
    }
}
