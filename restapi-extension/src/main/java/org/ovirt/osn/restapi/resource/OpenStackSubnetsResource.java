package org.ovirt.osn.restapi.resource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ovirt.osn.command.network.SubnetIdParameters;
import org.ovirt.osn.provider.ProviderSubnet;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;
import org.ovirt.osn.restapi.mapping.SubnetMapper;
import org.ovirt.osn.restapi.model.OpenStackSubnet;
import org.ovirt.osn.restapi.model.OpenStackSubnets;

import java.util.UUID;

/**
 * {@code /openstacknetworkproviders/{id}/networks/{networkId}/subnets[/{subnetId}]}: list, add (201), get and
 * remove (200, as the engine), as oVirt's {@code OpenstackSubnetsService} and {@code OpenstackSubnetService}. A
 * read-only provider refuses add and remove (409); a provider's refusal (e.g. a subnet ports still use) is a 400
 * fault naming the provider's reason.
 */
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@Consumes({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
public class OpenStackSubnetsResource {

    private final OpenStackNetworkProvidersResource parent;
    private final UUID providerId;
    private final String networkId;

    OpenStackSubnetsResource(OpenStackNetworkProvidersResource parent, UUID providerId, String networkId) {
        this.parent = parent;
        this.providerId = providerId;
        this.networkId = networkId;
    }

    @RequiresPermission(Permission.READ)
    @GET
    public OpenStackSubnets list(@QueryParam("max") Integer max) {
        OpenStackSubnets answer = new OpenStackSubnets();
        parent.networkQueries.subnets(providerId, networkId).stream()
                .limit(max == null || max < 0 ? Long.MAX_VALUE : max)
                .map(s -> SubnetMapper.toModel(s, networkHref()))
                .forEach(answer.getOpenstackSubnet()::add);
        return answer;
    }

    @RequiresPermission(Permission.CONFIGURE_NETWORKS)
    @POST
    public Response add(OpenStackSubnet body) {
        if (body == null) {
            throw new InvalidRepresentationException("Incomplete parameters: openstack_subnet required");
        }
        ProviderSubnet added = parent.runner.run(parent.addSubnetCommand,
                SubnetMapper.toParameters(body, providerId, networkId), Callers.of(parent.security));
        OpenStackSubnet model = SubnetMapper.toModel(added, networkHref());
        return Locations.created(parent.uriInfo, model);
    }

    @RequiresPermission(Permission.READ)
    @GET
    @Path("{subnetId}")
    public OpenStackSubnet get(@PathParam("subnetId") String subnetId) {
        return SubnetMapper.toModel(parent.networkQueries.subnet(providerId, networkId, subnetId), networkHref());
    }

    @RequiresPermission(Permission.CONFIGURE_NETWORKS)
    @DELETE
    @Path("{subnetId}")
    public Response remove(@PathParam("subnetId") String subnetId) {
        parent.runner.run(parent.removeSubnetCommand, new SubnetIdParameters(providerId, networkId, subnetId),
                Callers.of(parent.security));
        return Response.ok().build();
    }

    private String networkHref() {
        return parent.href(providerId) + "/networks/" + networkId;
    }
}
