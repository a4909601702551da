package org.ovirt.osn.restapi.fault;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ovirt.osn.command.CommandFailedException;

/**
 * A refused or failed command, as the engine answers it: 404 for a missing object, 409 for a conflict, 400 for
 * everything else, with the message in the fault's detail.
 */
@Provider
public class CommandFailedExceptionMapper implements ExceptionMapper<CommandFailedException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(CommandFailedException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> FaultResponses.fault(Response.Status.NOT_FOUND, "Resource not found",
                    e.getMessage(), headers);
            case CONFLICT -> FaultResponses.fault(Response.Status.CONFLICT, "Operation Failed",
                    "[" + e.getMessage() + "]", headers);
            case INVALID, PROVIDER -> FaultResponses.fault(Response.Status.BAD_REQUEST, "Operation Failed",
                    "[" + e.getMessage() + "]", headers);
        };
    }
}
