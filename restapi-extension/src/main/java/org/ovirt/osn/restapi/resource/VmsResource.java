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
import org.ovirt.osn.command.CommandContext;
import org.ovirt.osn.command.CommandRunner;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.InventoryValidator.Subject;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.query.VnicPortQueries;
import org.ovirt.osn.engine.standalone.command.ActivateVmNicCommand;
import org.ovirt.osn.engine.standalone.command.AddVmCommand;
import org.ovirt.osn.engine.standalone.command.AddVmNicCommand;
import org.ovirt.osn.engine.standalone.command.AddVmParameters;
import org.ovirt.osn.engine.standalone.command.DeactivateVmNicCommand;
import org.ovirt.osn.engine.standalone.command.MigrateVmCommand;
import org.ovirt.osn.engine.standalone.command.RemoveVmCommand;
import org.ovirt.osn.engine.standalone.command.RemoveVmNicCommand;
import org.ovirt.osn.engine.standalone.command.StartVmCommand;
import org.ovirt.osn.engine.standalone.command.StopVmCommand;
import org.ovirt.osn.engine.standalone.command.UpdateVmNicCommand;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;
import org.ovirt.osn.restapi.mapping.VmMapper;
import org.ovirt.osn.restapi.model.Vm;
import org.ovirt.osn.restapi.model.Vms;

import java.util.UUID;

/**
 * {@code /vms} of the standalone engine host: list ({@code max}, {@code search=name=…}) and add with
 * {@code <cluster id="…"/>} (or the cluster by name), as oVirt's {@code VmsService}. A VM is only recorded: starting
 * it runs nothing anywhere.
 */
@Path("/vms")
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@Consumes({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@RequestScoped
public class VmsResource {

    @Inject
    EngineInventory inventory;
    @Inject
    VmInventory vms;
    @Inject
    VnicPortQueries ports;
    @Inject
    CommandRunner runner;
    @Inject
    AddVmCommand addCommand;
    @Inject
    RemoveVmCommand removeCommand;
    @Inject
    StartVmCommand startCommand;
    @Inject
    StopVmCommand stopCommand;
    @Inject
    MigrateVmCommand migrateCommand;
    @Inject
    AddVmNicCommand addNicCommand;
    @Inject
    UpdateVmNicCommand updateNicCommand;
    @Inject
    RemoveVmNicCommand removeNicCommand;
    @Inject
    ActivateVmNicCommand activateNicCommand;
    @Inject
    DeactivateVmNicCommand deactivateNicCommand;

    @Context
    UriInfo uriInfo;
    @Context
    SecurityContext security;

    @RequiresPermission(Permission.READ)
    @GET
    public Vms list(@QueryParam("max") Integer max, @QueryParam("search") String search) {
        Vms answer = new Vms();
        SearchQuery.select(vms.vms(), org.ovirt.osn.engine.Vm::name, search, max)
                .forEach(v -> answer.getVm().add(VmMapper.toModel(v, base())));
        return answer;
    }

    @RequiresPermission(Permission.CREATE_VM)
    @POST
    public Response add(Vm body) {
        if (body == null) {
            throw new InvalidRepresentationException("Incomplete parameters: vm required");
        }
        UUID clusterId = InventoryLookups.clusterReference(inventory, body.getCluster(), Subject.VM, "add");
        CommandContext caller = Callers.of(security);
        UUID id = runner.run(addCommand, new AddVmParameters(VmMapper.toNewVm(body, clusterId), caller.userName()),
                caller);
        Vm added = VmMapper.toModel(VmLookups.vm(vms, id), base());
        return Locations.created(uriInfo, added);
    }

    @Path("{id}")
    public VmResource vm(@PathParam("id") String id) {
        return new VmResource(this, Ids.parse(id));
    }

    String base() {
        return uriInfo.getBaseUri().getPath().replaceAll("/+$", "");
    }
}
