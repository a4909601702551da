package org.ovirt.osn.restapi.resource;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.availability.ProviderNetworkAvailability;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.ovirt.osn.command.CommandRunner;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.InventoryValidator.Subject;
import org.ovirt.osn.engine.standalone.command.AddHostCommand;
import org.ovirt.osn.engine.standalone.command.AddHostParameters;
import org.ovirt.osn.engine.standalone.command.RemoveHostCommand;
import org.ovirt.osn.engine.standalone.command.SetHostProviderBindingCommand;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;
import org.ovirt.osn.restapi.mapping.InventoryMapper;
import org.ovirt.osn.restapi.model.Host;
import org.ovirt.osn.restapi.model.Hosts;

import java.util.UUID;

/**
 * {@code /hosts} of the standalone engine host: list ({@code max}, {@code search=name=…}) and add with
 * {@code address} and {@code <cluster id="…"/>} (or the cluster by name), as oVirt's {@code HostsService}. The host is
 * only recorded; nothing is installed on it.
 */
@Path("/hosts")
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@Consumes({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@RequestScoped
public class HostsResource {

    @Inject
    EngineInventory inventory;
    @Inject
    ProviderNetworkAvailability availability;
    @Inject
    CommandRunner runner;
    @Inject
    AddHostCommand addCommand;
    @Inject
    RemoveHostCommand removeCommand;
    @Inject
    SetHostProviderBindingCommand bindingCommand;

    @Context
    UriInfo uriInfo;
    @Context
    SecurityContext security;

    @RequiresPermission(Permission.READ)
    @GET
    public Hosts list(@QueryParam("max") Integer max, @QueryParam("search") String search) {
        Hosts answer = new Hosts();
        SearchQuery.select(inventory.hosts(), org.ovirt.osn.engine.Host::name, search, max)
                .forEach(h -> answer.getHost().add(InventoryMapper.toModel(h, base())));
        return answer;
    }

    @RequiresPermission(Permission.CONFIGURE_ENGINE)
    @POST
    public Response add(Host body) {
        if (body == null) {
            throw new InvalidRepresentationException("Incomplete parameters: host required");
        }
        UUID clusterId = InventoryLookups.clusterReference(inventory, body.getCluster(), Subject.HOST, "add");
        UUID id = runner.run(addCommand, new AddHostParameters(InventoryMapper.toNewHost(body, clusterId)),
                Callers.of(security));
        Host added = InventoryMapper.toModel(InventoryLookups.host(inventory, id), base());
        return Locations.created(uriInfo, added);
    }

    @Path("{id}")
    public HostResource host(@PathParam("id") String id) {
        return new HostResource(this, Ids.parse(id));
    }

    String base() {
        return uriInfo.getBaseUri().getPath().replaceAll("/+$", "");
    }
}
