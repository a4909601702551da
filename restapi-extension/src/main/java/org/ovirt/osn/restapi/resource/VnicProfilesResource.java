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
import org.ovirt.osn.engine.standalone.command.AddVnicProfileCommand;
import org.ovirt.osn.engine.standalone.command.AddVnicProfileParameters;
import org.ovirt.osn.engine.standalone.command.RemoveVnicProfileCommand;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;
import org.ovirt.osn.restapi.mapping.InventoryMapper;
import org.ovirt.osn.restapi.model.VnicProfile;
import org.ovirt.osn.restapi.model.VnicProfiles;

import java.util.UUID;

/**
 * {@code /vnicprofiles} of the standalone engine host: list ({@code max}, {@code search=name=…}) and add with
 * {@code <network id="…"/>} and {@code custom_properties} (e.g. {@code SecurityGroups}), as oVirt's
 * {@code VnicProfilesService}.
 */
@Path("/vnicprofiles")
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@Consumes({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@RequestScoped
public class VnicProfilesResource {

    @Inject
    EngineInventory inventory;
    @Inject
    CommandRunner runner;
    @Inject
    AddVnicProfileCommand addCommand;
    @Inject
    RemoveVnicProfileCommand removeCommand;

    @Context
    UriInfo uriInfo;
    @Context
    SecurityContext security;

    @RequiresPermission(Permission.READ)
    @GET
    public VnicProfiles list(@QueryParam("max") Integer max, @QueryParam("search") String search) {
        VnicProfiles answer = new VnicProfiles();
        SearchQuery.select(inventory.vnicProfiles(), org.ovirt.osn.engine.VnicProfile::name, search, max)
                .forEach(p -> answer.getVnicProfile().add(InventoryMapper.toModel(p, base())));
        return answer;
    }

    /** The network by id only, as the engine requires ({@code network.id}). */
    @RequiresPermission(Permission.CONFIGURE_NETWORKS)
    @POST
    public Response add(VnicProfile body) {
        if (body == null) {
            throw new InvalidRepresentationException("Incomplete parameters: vnic_profile required");
        }
        if (body.getNetwork() != null && body.getNetwork().getId() == null) {
            throw new InvalidRepresentationException("Incomplete parameters: vnic_profile network id required");
        }
        UUID networkId = InventoryLookups.networkReference(inventory, body.getNetwork(), null, Subject.VNIC_PROFILE,
                "add");
        UUID id = runner.run(addCommand, new AddVnicProfileParameters(InventoryMapper.toNewVnicProfile(body,
                networkId)), Callers.of(security));
        VnicProfile added = InventoryMapper.toModel(InventoryLookups.vnicProfile(inventory, id), base());
        return Locations.created(uriInfo, added);
    }

    @Path("{id}")
    public VnicProfileResource vnicProfile(@PathParam("id") String id) {
        return new VnicProfileResource(this, Ids.parse(id));
    }

    String base() {
        return uriInfo.getBaseUri().getPath().replaceAll("/+$", "");
    }
}
