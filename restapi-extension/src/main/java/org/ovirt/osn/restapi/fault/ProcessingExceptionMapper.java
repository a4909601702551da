package org.ovirt.osn.restapi.fault;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ovirt.osn.restapi.http.BodyTooLargeException;

/** A request body the XML or JSON reader could not parse: 400, not 500. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException e) {
        if (BodyTooLargeException.isCauseOf(e)) {
            return FaultResponses.tooLarge(headers);
        }
        return FaultResponses.fault(Response.Status.BAD_REQUEST, "Bad Request", BodyErrors.explain(e), headers);
    }
}
