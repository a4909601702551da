package org.ovirt.osn.restapi.fault;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ovirt.osn.restapi.http.BodyTooLargeException;

/** A malformed JSON body (JSON-B's exception, passed on as it is): the client's mistake, 400. */
@Provider
public class JsonBodyExceptionMapper implements ExceptionMapper<JsonbException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(JsonbException e) {
        if (BodyTooLargeException.isCauseOf(e)) {
            return FaultResponses.tooLarge(headers);
        }
        return FaultResponses.fault(Response.Status.BAD_REQUEST, "Bad Request", BodyErrors.explain(e), headers);
    }
}
