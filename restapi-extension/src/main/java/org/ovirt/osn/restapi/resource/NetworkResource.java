package org.ovirt.osn.restapi.resource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ovirt.osn.command.network.RemoveProvidedNetworkParameters;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.standalone.command.AddVnicProfileParameters;
import org.ovirt.osn.engine.standalone.command.InventoryIdParameters;
import org.ovirt.osn.engine.standalone.command.UpdateNetworkParameters;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;
import org.ovirt.osn.restapi.mapping.InventoryMapper;
import org.ovirt.osn.restapi.mapping.ProviderNetworkMapper;
import org.ovirt.osn.restapi.model.Network;
import org.ovirt.osn.restapi.model.VnicProfile;
import org.ovirt.osn.restapi.model.VnicProfiles;

import java.util.UUID;

/**
 * {@code /networks/{id}}: get, update (only the fields given; {@code <vlan/>} without id removes the VLAN), remove
 * (with its vNIC profiles; 200 as the engine; optionally on its providers too), and its {@code vnicprofiles}: list and add, as oVirt's
 * {@code AssignedVnicProfilesService}.
 */
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@Consumes({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
public class NetworkResource {

    private final NetworksResource parent;
    private final UUID id;

    NetworkResource(NetworksResource parent, UUID id) {
        this.parent = parent;
        this.id = id;
    }

    @RequiresPermission(Permission.READ)
    @GET
    public Network get() {
        return ProviderNetworkMapper.withProviders(
                InventoryMapper.toModel(InventoryLookups.network(parent.inventory, id), parent.base()),
                parent.networkQueries.providersOf(id), parent.base());
    }

    @RequiresPermission(Permission.CONFIGURE_NETWORKS)
    @PUT
    public Network update(Network body) {
        if (body == null) {
            throw new InvalidRepresentationException("Incomplete parameters: network required");
        }
        LogicalNetwork changed = InventoryMapper.applyUpdate(InventoryLookups.network(parent.inventory, id), body);
        parent.runner.run(parent.updateCommand, new UpdateNetworkParameters(changed), Callers.of(parent.security));
        return get();
    }

    /**
     * Extension {@code ?remove_from_provider=true} (the engine's RemoveNetworkParameters.removeFromNetworkProvider):
     * also removes the network on every provider that provides it; without it, nothing changes on any provider.
     */
    @RequiresPermission(Permission.CONFIGURE_NETWORKS)
    @DELETE
    public Response remove(@QueryParam("remove_from_provider") Boolean removeFromProvider) {
        if (Boolean.TRUE.equals(removeFromProvider)) {
            parent.runner.run(parent.removeProvidedCommand, new RemoveProvidedNetworkParameters(id),
                    Callers.of(parent.security));
        } else {
            parent.runner.run(parent.removeCommand, new InventoryIdParameters(id), Callers.of(parent.security));
        }
        return Response.ok().build();
    }

    @RequiresPermission(Permission.READ)
    @GET
    @Path("vnicprofiles")
    public VnicProfiles vnicProfiles() {
        InventoryLookups.network(parent.inventory, id);
        VnicProfiles answer = new VnicProfiles();
        parent.inventory.vnicProfilesOf(id)
                .forEach(p -> answer.getVnicProfile().add(InventoryMapper.toModel(p, parent.base())));
        return answer;
    }

    /** The profile belongs to this network, whatever {@code <network>} the body names. */
    @RequiresPermission(Permission.CONFIGURE_NETWORKS)
    @POST
    @Path("vnicprofiles")
    public Response addVnicProfile(VnicProfile body) {
        if (body == null) {
            throw new InvalidRepresentationException("Incomplete parameters: vnic_profile required");
        }
        UUID profileId = parent.runner.run(parent.addVnicProfileCommand,
                new AddVnicProfileParameters(InventoryMapper.toNewVnicProfile(body, id)), Callers.of(parent.security));
        VnicProfile added = InventoryMapper.toModel(InventoryLookups.vnicProfile(parent.inventory, profileId),
                parent.base());
        return Locations.created(parent.uriInfo, added);
    }
}
