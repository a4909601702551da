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
import org.ovirt.osn.engine.standalone.command.AddDataCenterCommand;
import org.ovirt.osn.engine.standalone.command.AddDataCenterParameters;
import org.ovirt.osn.engine.standalone.command.ForceRemoveDataCenterCommand;
import org.ovirt.osn.engine.standalone.command.RemoveDataCenterCommand;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;
import org.ovirt.osn.restapi.mapping.InventoryMapper;
import org.ovirt.osn.restapi.model.DataCenter;
import org.ovirt.osn.restapi.model.DataCenters;

import java.util.UUID;

/**
 * {@code /datacenters} of the standalone engine host: list ({@code max}, {@code search=name=…}) and add, as oVirt's
 * {@code DataCentersService}.
 */
@Path("/datacenters")
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@Consumes({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@RequestScoped
public class DataCentersResource {

    @Inject
    EngineInventory inventory;
    @Inject
    CommandRunner runner;
    @Inject
    AddDataCenterCommand addCommand;
    @Inject
    RemoveDataCenterCommand removeCommand;
    @Inject
    ForceRemoveDataCenterCommand forceRemoveCommand;

    @Context
    UriInfo uriInfo;
    @Context
    SecurityContext security;

    @RequiresPermission(Permission.READ)
    @GET
    public DataCenters list(@QueryParam("max") Integer max, @QueryParam("search") String search) {
        DataCenters answer = new DataCenters();
        SearchQuery.select(inventory.dataCenters(), org.ovirt.osn.engine.DataCenter::name, search, max)
                .forEach(dc -> answer.getDataCenter().add(InventoryMapper.toModel(dc, base())));
        return answer;
    }

    @RequiresPermission(Permission.CONFIGURE_ENGINE)
    @POST
    public Response add(DataCenter body) {
        if (body == null) {
            throw new InvalidRepresentationException("Incomplete parameters: data_center required");
        }
        UUID id = runner.run(addCommand, new AddDataCenterParameters(InventoryMapper.toNewDataCenter(body)),
                Callers.of(security));
        DataCenter added = InventoryMapper.toModel(InventoryLookups.dataCenter(inventory, id), base());
        return Locations.created(uriInfo, added);
    }

    @Path("{id}")
    public DataCenterResource dataCenter(@PathParam("id") String id) {
        return new DataCenterResource(this, Ids.parse(id));
    }

    String base() {
        return uriInfo.getBaseUri().getPath().replaceAll("/+$", "");
    }
}
