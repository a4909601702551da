package org.ovirt.osn.restapi.resource;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.ovirt.osn.restapi.model.Api;
import org.ovirt.osn.restapi.model.Link;

/** {@code GET /ovirt-engine/api}: the root the oVirt SDK's {@code validate()} asks for. */
@Path("/")
@RequestScoped
public class ApiRootResource {

    @Context
    private UriInfo uriInfo;

    @GET
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    public Api get() {
        String base = uriInfo.getBaseUri().getPath().replaceAll("/+$", "");
        Api api = new Api();
        api.getLink().add(new Link("openstacknetworkproviders", base + "/openstacknetworkproviders"));
        api.getLink().add(new Link("events", base + "/events"));
        // the standalone engine host's inventory
        for (String collection : new String[] {"datacenters", "clusters", "networks", "vnicprofiles", "hosts", "vms"}) {
            api.getLink().add(new Link(collection, base + "/" + collection));
        }
        api.setProductInfo(new Api.ProductInfo("ovirt-osn", "oVirt"));
        return api;
    }
}
