package org.ovirt.osn.restapi.fault;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ovirt.osn.restapi.http.BodyTooLargeException;

import java.util.UUID;

/**
 * The last resort: a bug. The client gets a fault with an incident id and no internals; the server log gets the
 * stack trace under the same id.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final System.Logger LOG = System.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Exception e) {
        if (BodyTooLargeException.isCauseOf(e)) {
            return FaultResponses.tooLarge(headers);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(System.Logger.Level.ERROR, "Unexpected failure, incident " + incident, e);
        return FaultResponses.fault(Response.Status.INTERNAL_SERVER_ERROR, "Internal Server Error",
                "Unexpected failure; the server log has details under incident " + incident, headers);
    }
}
