package org.ovirt.osn.restapi.fault;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ovirt.osn.restapi.http.BodyTooLargeException;
import jakarta.xml.bind.JAXBException;

/** A malformed XML body (RESTEasy passes JAXB's exception on as it is): the client's mistake, 400. */
@Provider
public class XmlBodyExceptionMapper implements ExceptionMapper<JAXBException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(JAXBException e) {
        if (BodyTooLargeException.isCauseOf(e)) {
            return FaultResponses.tooLarge(headers);
        }
        return FaultResponses.fault(Response.Status.BAD_REQUEST, "Bad Request", BodyErrors.explain(e), headers);
    }
}
