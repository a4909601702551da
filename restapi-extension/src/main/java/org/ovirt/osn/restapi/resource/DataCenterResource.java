package org.ovirt.osn.restapi.resource;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ovirt.osn.engine.standalone.command.InventoryIdParameters;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.InventoryMapper;
import org.ovirt.osn.restapi.model.DataCenter;
import org.ovirt.osn.restapi.model.Networks;

import java.util.UUID;

/**
 * {@code /datacenters/{id}}: get, remove (with its networks; refused while it has clusters; 200 as the engine; with
 * {@code ?force=true} also its VMs, hosts and clusters, refused while a VM is not down) and
 * the {@code networks} of the data center.
 */
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
public class DataCenterResource {

    private final DataCentersResource parent;
    private final UUID id;

    DataCenterResource(DataCentersResource parent, UUID id) {
        this.parent = parent;
        this.id = id;
    }

    @RequiresPermission(Permission.READ)
    @GET
    public DataCenter get() {
        return InventoryMapper.toModel(InventoryLookups.dataCenter(parent.inventory, id), parent.base());
    }

    /** {@code ?force=true} as in oVirt: with everything in it, releasing the provider ports of its VMs. */
    @RequiresPermission(Permission.CONFIGURE_ENGINE)
    @DELETE
    public Response remove(@QueryParam("force") boolean force) {
        parent.runner.run(force ? parent.forceRemoveCommand : parent.removeCommand, new InventoryIdParameters(id),
                Callers.of(parent.security));
        return Response.ok().build();
    }

    @RequiresPermission(Permission.READ)
    @GET
    @Path("networks")
    public Networks networks() {
        InventoryLookups.dataCenter(parent.inventory, id);
        Networks answer = new Networks();
        parent.inventory.networksOf(id)
                .forEach(n -> answer.getNetwork().add(InventoryMapper.toModel(n, parent.base())));
        return answer;
    }
}
