package org.ovirt.osn.restapi.resource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ovirt.osn.engine.standalone.command.AddVmNicParameters;
import org.ovirt.osn.query.VnicPort;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;
import org.ovirt.osn.restapi.mapping.VmMapper;
import org.ovirt.osn.restapi.model.Nic;
import org.ovirt.osn.restapi.model.Nics;

import java.util.Map;
import java.util.UUID;

/**
 * {@code /vms/{id}/nics}: list and add, as oVirt's {@code VmNicsService}. A vNIC without {@code <mac>} gets an address
 * from the MAC pool; a given one that another vNIC has is a 409.
 */
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@Consumes({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
public class VmNicsResource {

    final VmsResource root;
    final UUID vmId;

    VmNicsResource(VmsResource root, UUID vmId) {
        this.root = root;
        this.vmId = vmId;
    }

    @RequiresPermission(Permission.READ)
    @GET
    public Nics list() {
        VmLookups.vm(root.vms, vmId);
        Nics answer = new Nics();
        Map<UUID, VnicPort> ports = root.ports.ofVm(vmId);
        root.vms.nicsOf(vmId).forEach(n -> answer.getNic().add(VmMapper.toModel(n, ports.get(n.id()), root.base())));
        return answer;
    }

    @RequiresPermission(Permission.EDIT_VM)
    @POST
    public Response add(Nic body) {
        if (body == null) {
            throw new InvalidRepresentationException("Incomplete parameters: nic required");
        }
        UUID id = root.runner.run(root.addNicCommand, new AddVmNicParameters(VmMapper.toNewNic(body, vmId)),
                Callers.of(root.security));
        Nic added = VmMapper.toModel(VmLookups.nic(root.vms, vmId, id), root.ports.ofVnic(id).orElse(null),
                root.base());
        return Locations.created(root.uriInfo, added);
    }

    @Path("{nicId}")
    public VmNicResource nic(@PathParam("nicId") String nicId) {
        return new VmNicResource(this, Ids.parse(nicId));
    }
}
