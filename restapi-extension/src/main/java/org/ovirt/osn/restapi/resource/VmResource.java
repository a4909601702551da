package org.ovirt.osn.restapi.resource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.InventoryValidator;
import org.ovirt.osn.engine.InventoryValidator.Subject;
import org.ovirt.osn.engine.standalone.command.InventoryIdParameters;
import org.ovirt.osn.engine.standalone.command.MigrateVmParameters;
import org.ovirt.osn.engine.standalone.command.StartVmParameters;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.VmMapper;
import org.ovirt.osn.restapi.model.Action;
import org.ovirt.osn.restapi.model.Vm;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /vms/{id}}: get, remove (200 as the engine; only a VM that is down), and the actions {@code start} (on
 * {@code <vm><placement_policy><hosts><host id/>…} as oVirt, or the simpler {@code <host id/>} in the action; neither:
 * a host of the VM's cluster), {@code stop} and {@code migrate} ({@code <host id/>}). Actions answer
 * {@code <action><status>complete</status></action>}.
 */
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@Consumes({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
public class VmResource {

    private final VmsResource parent;
    private final UUID id;

    VmResource(VmsResource parent, UUID id) {
        this.parent = parent;
        this.id = id;
    }

    @RequiresPermission(Permission.READ)
    @GET
    public Vm get() {
        return VmMapper.toModel(VmLookups.vm(parent.vms, id), parent.base());
    }

    @RequiresPermission(Permission.EDIT_VM)
    @DELETE
    public Response remove() {
        parent.runner.run(parent.removeCommand, new InventoryIdParameters(id), Callers.of(parent.security));
        return Response.ok().build();
    }

    @RequiresPermission(Permission.OPERATE_VM)
    @POST
    @Path("start")
    public Action start(Action body) {
        parent.runner.run(parent.startCommand, new StartVmParameters(id, hostId(body, "run")),
                Callers.of(parent.security));
        return Action.complete();
    }

    @RequiresPermission(Permission.OPERATE_VM)
    @POST
    @Path("stop")
    public Action stop(Action body) {
        parent.runner.run(parent.stopCommand, new InventoryIdParameters(id), Callers.of(parent.security));
        return Action.complete();
    }

    @RequiresPermission(Permission.MIGRATE_VM)
    @POST
    @Path("migrate")
    public Action migrate(Action body) {
        parent.runner.run(parent.migrateCommand, new MigrateVmParameters(id, hostId(body, "migrate")),
                Callers.of(parent.security));
        return Action.complete();
    }

    @Path("nics")
    public VmNicsResource nics() {
        return new VmNicsResource(parent, id);
    }

    /** The host the action names; an id that is no UUID names no host: 404 as an unknown one. */
    private static UUID hostId(Action body, String action) {
        String hostId = VmMapper.hostIdOf(body);
        if (hostId == null) {
            return null;
        }
        try {
            return UUID.fromString(hostId);
        } catch (IllegalArgumentException e) {
            ValidationResult unknown = InventoryValidator.hostExists(Subject.VM, Optional.empty(), hostId);
            Map<String, String> variables = new HashMap<>(unknown.variables());
            variables.put("Action", action);
            throw new CommandFailedException(unknown.message(), variables, e);
        }
    }
}
