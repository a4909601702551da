package org.ovirt.osn.restapi.resource;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ovirt.osn.engine.standalone.command.InventoryIdParameters;
import org.ovirt.osn.restapi.mapping.InventoryMapper;
import org.ovirt.osn.restapi.model.Host;

import java.util.UUID;

/** {@code /hosts/{id}}: get and remove (200 as the engine). */
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
public class HostResource {

    private final HostsResource parent;
    private final UUID id;

    HostResource(HostsResource parent, UUID id) {
        this.parent = parent;
        this.id = id;
    }

    @GET
    public Host get() {
        return InventoryMapper.toModel(InventoryLookups.host(parent.inventory, id), parent.base());
    }

    @DELETE
    public Response remove() {
        parent.runner.run(parent.removeCommand, new InventoryIdParameters(id), Callers.of(parent.security));
        return Response.ok().build();
    }
}
