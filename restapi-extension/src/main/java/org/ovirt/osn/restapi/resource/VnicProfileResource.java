package org.ovirt.osn.restapi.resource;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ovirt.osn.engine.standalone.command.InventoryIdParameters;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.InventoryMapper;
import org.ovirt.osn.restapi.model.VnicProfile;

import java.util.UUID;

/** {@code /vnicprofiles/{id}}: get and remove (200 as the engine). */
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
public class VnicProfileResource {

    private final VnicProfilesResource parent;
    private final UUID id;

    VnicProfileResource(VnicProfilesResource parent, UUID id) {
        this.parent = parent;
        this.id = id;
    }

    @RequiresPermission(Permission.READ)
    @GET
    public VnicProfile get() {
        return InventoryMapper.toModel(InventoryLookups.vnicProfile(parent.inventory, id), parent.base());
    }

    @RequiresPermission(Permission.CONFIGURE_NETWORKS)
    @DELETE
    public Response remove() {
        parent.runner.run(parent.removeCommand, new InventoryIdParameters(id), Callers.of(parent.security));
        return Response.ok().build();
    }
}
