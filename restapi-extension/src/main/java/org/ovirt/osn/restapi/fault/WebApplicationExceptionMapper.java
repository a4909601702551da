package org.ovirt.osn.restapi.fault;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ovirt.osn.restapi.http.BodyTooLargeException;

/**
 * What JAX-RS itself refuses (unknown path 404, wrong method 405, unsupported media type 415, unreadable body 400)
 * gets a fault body too, so XML clients such as the SDK can read it.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        if (BodyTooLargeException.isCauseOf(e)) {
            return FaultResponses.tooLarge(headers);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = status.getStatusCode() == 400 ? BodyErrors.explain(e) : status.getReasonPhrase();
        Response.ResponseBuilder answer = Response.fromResponse(FaultResponses.fault(status,
                status.getReasonPhrase(), detail, headers));
        // keep headers JAX-RS set for the client (Allow on 405, WWW-Authenticate on 401)
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name) && !"Content-Length".equalsIgnoreCase(name)) {
                values.forEach(v -> answer.header(name, v));
            }
        });
        return answer.build();
    }
}
