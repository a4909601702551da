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
import org.ovirt.osn.command.network.ExportNetworkCommand;
import org.ovirt.osn.command.network.RemoveProvidedNetworkCommand;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.InventoryValidator.Subject;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.standalone.command.AddNetworkCommand;
import org.ovirt.osn.engine.standalone.command.AddNetworkParameters;
import org.ovirt.osn.engine.standalone.command.AddVnicProfileCommand;
import org.ovirt.osn.engine.standalone.command.RemoveNetworkCommand;
import org.ovirt.osn.engine.standalone.command.UpdateNetworkCommand;
import org.ovirt.osn.query.ProviderNetworkQueries;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.ExportNetworkMapper;
import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;
import org.ovirt.osn.restapi.mapping.InventoryMapper;
import org.ovirt.osn.restapi.model.Network;
import org.ovirt.osn.restapi.model.Networks;

import java.util.UUID;

/**
 * {@code /networks} of the standalone engine host: list ({@code max}, {@code search=name=…}) and add, as oVirt's
 * {@code NetworksService}: {@code <network><name/><data_center id="…"/><mtu/><vlan id="…"/><usages/></network>}.
 * A body with {@code <external_provider id="…"/>} creates the network on that provider first (see
 * {@link ExportNetworkMapper} for the extension elements), as the engine's AddNetworkOnProvider.
 */
@Path("/networks")
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@Consumes({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@RequestScoped
public class NetworksResource {

    @Inject
    EngineInventory inventory;
    @Inject
    CommandRunner runner;
    @Inject
    AddNetworkCommand addCommand;
    @Inject
    UpdateNetworkCommand updateCommand;
    @Inject
    RemoveNetworkCommand removeCommand;
    @Inject
    AddVnicProfileCommand addVnicProfileCommand;
    @Inject
    ProviderNetworkQueries networkQueries;
    @Inject
    ExportNetworkCommand exportCommand;
    @Inject
    RemoveProvidedNetworkCommand removeProvidedCommand;

    @Context
    UriInfo uriInfo;
    @Context
    SecurityContext security;

    @RequiresPermission(Permission.READ)
    @GET
    public Networks list(@QueryParam("max") Integer max, @QueryParam("search") String search) {
        Networks answer = new Networks();
        SearchQuery.select(inventory.networks(), LogicalNetwork::name, search, max)
                .forEach(n -> answer.getNetwork().add(InventoryMapper.toModel(n, base())));
        return answer;
    }

    @RequiresPermission(Permission.CONFIGURE_NETWORKS)
    @POST
    public Response add(Network body) {
        if (body == null) {
            throw new InvalidRepresentationException("Incomplete parameters: network required");
        }
        UUID dataCenterId = InventoryLookups.dataCenterReference(inventory, body.getDataCenter(), Subject.NETWORK,
                "add");
        UUID id = ExportNetworkMapper.isExport(body) ? export(body, dataCenterId)
                : runner.run(addCommand, new AddNetworkParameters(InventoryMapper.toNewNetwork(body, dataCenterId)),
                        Callers.of(security));
        Network added = network(id.toString()).get();
        return Locations.created(uriInfo, added);
    }

    /** Created on the provider first, then in the data center; a provider failure is a 400 fault as in the engine. */
    private UUID export(Network body, UUID dataCenterId) {
        UUID physicalNetworkId = InventoryLookups.networkReference(inventory,
                body.getExternalProviderPhysicalNetwork(), dataCenterId, Subject.NETWORK, "export");
        return runner.run(exportCommand, ExportNetworkMapper.toParameters(body, ExportNetworkMapper.providerId(body),
                dataCenterId, physicalNetworkId), Callers.of(security));
    }

    @Path("{id}")
    public NetworkResource network(@PathParam("id") String id) {
        return new NetworkResource(this, Ids.parse(id));
    }

    String base() {
        return uriInfo.getBaseUri().getPath().replaceAll("/+$", "");
    }
}
