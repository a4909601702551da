package org.ovirt.osn.restapi.resource;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.ovirt.osn.engine.standalone.command.AddClusterCommand;
import org.ovirt.osn.engine.standalone.command.AddClusterParameters;
import org.ovirt.osn.engine.standalone.command.AttachNetworkToClusterCommand;
import org.ovirt.osn.engine.standalone.command.RemoveClusterCommand;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;
import org.ovirt.osn.restapi.mapping.InventoryMapper;
import org.ovirt.osn.restapi.model.Cluster;
import org.ovirt.osn.restapi.model.Clusters;

import java.util.UUID;

/**
 * {@code /clusters} of the standalone engine host: list ({@code max}, {@code search=name=…}) and add with
 * {@code <data_center id="…"/>} or {@code <data_center><name>…</name></data_center>}, as oVirt's
 * {@code ClustersService}.
 */
@Path("/clusters")
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@Consumes({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@RequestScoped
public class ClustersResource {

    @Inject
    EngineInventory inventory;
    @Inject
    CommandRunner runner;
    @Inject
    AddClusterCommand addCommand;
    @Inject
    RemoveClusterCommand removeCommand;
    @Inject
    AttachNetworkToClusterCommand attachNetworkCommand;

    @Context
    UriInfo uriInfo;
    @Context
    SecurityContext security;

    @RequiresPermission(Permission.READ)
    @GET
    public Clusters list(@QueryParam("max") Integer max, @QueryParam("search") String search) {
        Clusters answer = new Clusters();
        SearchQuery.select(inventory.clusters(), org.ovirt.osn.engine.Cluster::name, search, max)
                .forEach(c -> answer.getCluster().add(InventoryMapper.toModel(c, base())));
        return answer;
    }

    @RequiresPermission(Permission.CONFIGURE_ENGINE)
    @POST
    public Response add(Cluster body) {
        if (body == null) {
            throw new InvalidRepresentationException("Incomplete parameters: cluster required");
        }
        UUID dataCenterId = InventoryLookups.dataCenterReference(inventory, body.getDataCenter(), Subject.CLUSTER,
                "add");
        UUID id = runner.run(addCommand, new AddClusterParameters(InventoryMapper.toNewCluster(body, dataCenterId)),
                Callers.of(security));
        Cluster added = InventoryMapper.toModel(InventoryLookups.cluster(inventory, id), base());
        return Locations.created(uriInfo, added);
    }

    @Path("{id}")
    public ClusterResource cluster(@PathParam("id") String id) {
        return new ClusterResource(this, Ids.parse(id));
    }

    String base() {
        return uriInfo.getBaseUri().getPath().replaceAll("/+$", "");
    }
}
