package org.ovirt.osn.restapi.fault;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Set;
import java.util.TreeSet;

/**
 * A method the path does not answer: 405 with the {@code Allow} header JAX-RS computed and a fault that names the
 * method, the path and what it does allow, in the format the client asked for.
 */
@Provider
public class NotAllowedExceptionMapper implements ExceptionMapper<NotAllowedException> {

    @Context
    private HttpHeaders headers;
    @Context
    private UriInfo uriInfo;
    @Context
    private Request request;

    @Override
    public Response toResponse(NotAllowedException e) {
        Set<String> allowed = new TreeSet<>(e.getResponse().getAllowedMethods());
        String detail = request.getMethod() + " is not allowed on " + uriInfo.getRequestUri().getRawPath()
                + (allowed.isEmpty() ? "" : "; it allows " + String.join(", ", allowed));
        return Response.fromResponse(FaultResponses.fault(Response.Status.METHOD_NOT_ALLOWED, "Method Not Allowed",
                detail, headers)).allow(allowed).build();
    }
}
