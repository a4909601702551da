package org.ovirt.osn.restapi.resource;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ovirt.osn.restapi.model.BaseResource;

import java.net.URI;

/**
 * The one place that turns an href into a {@code Location}. Hrefs are absolute paths that already start with the
 * application path ({@code /ovirt-engine/api/…}, as oVirt writes them), while JAX-RS appends a relative Location to
 * that path once more; so the href is resolved against the request's base URI into an absolute URI first.
 */
final class Locations {

    private Locations() {
    }

    /** A 201 whose Location is the created object's href and whose entity is the object. */
    static Response created(UriInfo uriInfo, BaseResource created) {
        return Response.created(of(uriInfo, created.getHref())).entity(created).build();
    }

    /** The absolute URI of an href, on the scheme, host and port the client used. */
    static URI of(UriInfo uriInfo, String href) {
        return uriInfo.getBaseUri().resolve(href);
    }
}
