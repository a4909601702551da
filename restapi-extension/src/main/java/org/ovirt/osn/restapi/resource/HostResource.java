package org.ovirt.osn.restapi.resource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.engine.standalone.command.InventoryIdParameters;
import org.ovirt.osn.engine.standalone.command.SetHostProviderBindingParameters;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.InventoryMapper;
import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;
import org.ovirt.osn.restapi.model.Host;
import org.ovirt.osn.restapi.model.HostAvailabilities;
import org.ovirt.osn.restapi.model.ProviderBinding;
import org.ovirt.osn.restapi.mapping.AvailabilityMapper;

import java.util.Map;
import java.util.UUID;

/**
 * {@code /hosts/{id}}: get and remove (200 as the engine). Extension: {@code providerbindings/{pluginType}} gets (404
 * when none) and sets ({@code PUT <provider_binding><binding_host_id/>}) the id the host is known by to providers of
 * that plugin type.
 */
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
public class HostResource {

    private final HostsResource parent;
    private final UUID id;

    HostResource(HostsResource parent, UUID id) {
        this.parent = parent;
        this.id = id;
    }

    @RequiresPermission(Permission.READ)
    @GET
    public Host get() {
        return InventoryMapper.toModel(InventoryLookups.host(parent.inventory, id), parent.base());
    }

    /**
     * Extension: the provider networks of the engine networks attached to the host's cluster, each as the host can
     * plug it by its provider's L2 agents; {@code refresh=true} asks the providers again at once.
     */
    @GET
    @Path("providernetworks")
    @RequiresPermission(Permission.READ)
    public HostAvailabilities providerNetworks(@QueryParam("refresh") boolean refresh) {
        org.ovirt.osn.engine.Host known = InventoryLookups.host(parent.inventory, id);
        return AvailabilityMapper.toModel(known, parent.availability.onHost(known, refresh), parent.base());
    }

    @RequiresPermission(Permission.READ)
    @GET
    @Path("providerbindings/{pluginType}")
    public ProviderBinding binding(@PathParam("pluginType") String pluginType) {
        org.ovirt.osn.engine.Host known = InventoryLookups.host(parent.inventory, id);
        String bound = parent.inventory.hostProviderBinding(id, pluginType).orElseThrow(() ->
                new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_HOST_PROVIDER_BINDING_NOT_SET, Map.of(
                        "Action", "get", "HostName", known.name(), "PluginType", pluginType,
                        "HostAddress", known.address()), null));
        ProviderBinding m = new ProviderBinding();
        Host host = new Host();
        host.setId(id.toString());
        host.setHref(parent.base() + "/hosts/" + id);
        m.setHost(host);
        m.setPluginType(pluginType);
        m.setBindingHostId(bound);
        return m;
    }

    @RequiresPermission(Permission.CONFIGURE_NETWORKS)
    @PUT
    @Path("providerbindings/{pluginType}")
    @Consumes({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    public ProviderBinding setBinding(@PathParam("pluginType") String pluginType, ProviderBinding body) {
        if (body == null) {
            throw new InvalidRepresentationException("Incomplete parameters: provider_binding required");
        }
        parent.runner.run(parent.bindingCommand, new SetHostProviderBindingParameters(id, pluginType,
                body.getBindingHostId()), Callers.of(parent.security));
        return binding(pluginType);
    }

    @RequiresPermission(Permission.CONFIGURE_ENGINE)
    @DELETE
    public Response remove() {
        parent.runner.run(parent.removeCommand, new InventoryIdParameters(id), Callers.of(parent.security));
        return Response.ok().build();
    }
}
