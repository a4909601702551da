package org.ovirt.osn.restapi.resource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ovirt.osn.engine.standalone.command.UpdateVmNicParameters;
import org.ovirt.osn.engine.standalone.command.VmNicParameters;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;
import org.ovirt.osn.restapi.mapping.VmMapper;
import org.ovirt.osn.restapi.model.Action;
import org.ovirt.osn.restapi.model.Nic;

import java.util.UUID;

/**
 * {@code /vms/{id}/nics/{nicId}}: get, update (name, {@code vnic_profile}, {@code linked}, and {@code mac} only while
 * unplugged), remove (200; a vNIC plugged into a running VM is unplugged first), and the actions {@code activate}
 * (plug; on a running VM a hot-plug) and {@code deactivate} (unplug). A vNIC with a port on a network provider shows it
 * as the extension element {@code <provider_port>}.
 */
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@Consumes({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
public class VmNicResource {

    private final VmNicsResource parent;
    private final UUID id;

    VmNicResource(VmNicsResource parent, UUID id) {
        this.parent = parent;
        this.id = id;
    }

    @RequiresPermission(Permission.READ)
    @GET
    public Nic get() {
        return VmMapper.toModel(VmLookups.nic(parent.root.vms, parent.vmId, id),
                parent.root.ports.ofVnic(id).orElse(null), parent.root.base());
    }

    @RequiresPermission(Permission.EDIT_VM)
    @PUT
    public Nic update(Nic body) {
        if (body == null) {
            throw new InvalidRepresentationException("Incomplete parameters: nic required");
        }
        parent.root.runner.run(parent.root.updateNicCommand, new UpdateVmNicParameters(
                        VmMapper.applyUpdate(VmLookups.nic(parent.root.vms, parent.vmId, id), body)),
                Callers.of(parent.root.security));
        return get();
    }

    @RequiresPermission(Permission.EDIT_VM)
    @DELETE
    public Response remove() {
        parent.root.runner.run(parent.root.removeNicCommand, parameters(), Callers.of(parent.root.security));
        return Response.ok().build();
    }

    @RequiresPermission(Permission.OPERATE_VM)
    @POST
    @Path("activate")
    public Action activate(Action body) {
        parent.root.runner.run(parent.root.activateNicCommand, parameters(), Callers.of(parent.root.security));
        return Action.complete();
    }

    @RequiresPermission(Permission.OPERATE_VM)
    @POST
    @Path("deactivate")
    public Action deactivate(Action body) {
        parent.root.runner.run(parent.root.deactivateNicCommand, parameters(), Callers.of(parent.root.security));
        return Action.complete();
    }

    private VmNicParameters parameters() {
        return new VmNicParameters(parent.vmId, id);
    }
}
