package org.ovirt.osn.restapi.fault;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ovirt.osn.restapi.http.RequestGuardFilter;
import org.ovirt.osn.restapi.model.Fault;

import java.util.List;

/**
 * Builds fault answers in the client's format: JSON only when it asked for JSON and not XML, else XML (the oVirt SDK
 * refuses any answer that has a content type other than XML).
 */
public final class FaultResponses {

    private FaultResponses() {
    }

    public static Response fault(Response.StatusType status, String reason, String detail, HttpHeaders headers) {
        return Response.status(status).entity(new Fault(reason, detail)).type(mediaType(headers)).build();
    }

    /**
     * A body that went past the request guard's limit while it was read (the readers wrap the guard's exception in
     * theirs): 413, and the connection closed, so the rest of the body is not read only to be thrown away.
     */
    static Response tooLarge(HttpHeaders headers) {
        return Response.fromResponse(fault(Response.Status.REQUEST_ENTITY_TOO_LARGE, "Request Entity Too Large",
                "The request body is larger than " + RequestGuardFilter.MAX_BODY_BYTES + " bytes", headers))
                .header("Connection", "close").build();
    }

    public static MediaType mediaType(HttpHeaders headers) {
        List<MediaType> accepted = headers == null ? List.of() : headers.getAcceptableMediaTypes();
        for (MediaType type : accepted) {
            if (type.isCompatible(MediaType.APPLICATION_XML_TYPE) && !type.isWildcardType()) {
                return MediaType.APPLICATION_XML_TYPE;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
        }
        return MediaType.APPLICATION_XML_TYPE;
    }
}
