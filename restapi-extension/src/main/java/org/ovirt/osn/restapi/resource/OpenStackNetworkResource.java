package org.ovirt.osn.restapi.resource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.network.ImportExternalNetworkParameters;
import org.ovirt.osn.command.network.LinkExternalNetworkParameters;
import org.ovirt.osn.engine.InventoryValidator.Subject;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.AvailabilityMapper;
import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;
import org.ovirt.osn.restapi.mapping.ProviderNetworkMapper;
import org.ovirt.osn.restapi.model.Action;
import org.ovirt.osn.restapi.model.Network;
import org.ovirt.osn.restapi.model.OpenStackNetwork;
import org.ovirt.osn.restapi.model.OpenStackNetworkAvailability;

import java.util.UUID;

/**
 * {@code /openstacknetworkproviders/{id}/networks/{networkId}} ({@code networkId} is the provider's id): get, the
 * {@code import} action as oVirt's {@code OpenstackNetworkService.import}, and the {@code link} extension action.
 * Refusals are faults (400, 404, 409); a provider failure is a failed action.
 */
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@Consumes({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
public class OpenStackNetworkResource {

    private final OpenStackNetworkProvidersResource parent;
    private final UUID providerId;
    private final String externalId;

    OpenStackNetworkResource(OpenStackNetworkProvidersResource parent, UUID providerId, String externalId) {
        this.parent = parent;
        this.providerId = providerId;
        this.externalId = externalId;
    }

    @RequiresPermission(Permission.READ)
    @GET
    public OpenStackNetwork get() {
        return ProviderNetworkMapper.toModel(parent.networkQueries.network(providerId, externalId), providerId,
                parent.base());
    }

    /**
     * {@code <action><data_center id="…"/></action>} or {@code <data_center><name>…</name></data_center>}. As the
     * engine's REST import by default: the default vNIC profile is public and the network is attached to no cluster;
     * the extension elements {@code <public_use>false</public_use>} and
     * {@code <attach_to_all_clusters>true</attach_to_all_clusters>} change that. The answer carries the new
     * {@code <network id/>}.
     */
    @RequiresPermission(Permission.CONFIGURE_NETWORKS)
    @POST
    @Path("import")
    public Response importNetwork(Action body) {
        UUID dataCenterId = InventoryLookups.dataCenterReference(parent.inventory,
                body == null ? null : body.getDataCenter(), Subject.NETWORK, "import");
        try {
            UUID networkId = parent.runner.run(parent.importNetworkCommand,
                    new ImportExternalNetworkParameters(providerId, externalId, dataCenterId,
                            body == null || !Boolean.FALSE.equals(body.getPublicUse()),
                            body != null && Boolean.TRUE.equals(body.getAttachToAllClusters())),
                    Callers.of(parent.security));
            return Response.ok(completed(networkId)).build();
        } catch (CommandFailedException e) {
            return OpenStackNetworkProviderResource.failedAction(e);
        }
    }

    /**
     * Extension: {@code <action><network id="…"/></action>} marks that existing network as also provided by this
     * provider network, in addition to any other provider.
     */
    @RequiresPermission(Permission.CONFIGURE_NETWORKS)
    @POST
    @Path("link")
    public Response link(Action body) {
        if (body == null || body.getNetwork() == null || body.getNetwork().getId() == null) {
            throw new InvalidRepresentationException("Incomplete parameters: network id required for link");
        }
        UUID networkId = Ids.parse(body.getNetwork().getId());
        try {
            parent.runner.run(parent.linkNetworkCommand,
                    new LinkExternalNetworkParameters(providerId, externalId, networkId),
                    Callers.of(parent.security));
            return Response.ok(completed(networkId)).build();
        } catch (CommandFailedException e) {
            return OpenStackNetworkProviderResource.failedAction(e);
        }
    }

    /**
     * Extension: where the network is available, on every host, as the provider's L2 agents say; answered from what
     * the provider reported a few seconds ago unless {@code refresh=true}.
     */
    @GET
    @Path("availability")
    @RequiresPermission(Permission.READ)
    public OpenStackNetworkAvailability availability(@QueryParam("refresh") boolean refresh) {
        return AvailabilityMapper.toModel(parent.availability.ofNetwork(providerId, externalId, refresh), providerId,
                parent.base());
    }

    @Path("subnets")
    public OpenStackSubnetsResource subnets() {
        return new OpenStackSubnetsResource(parent, providerId, externalId);
    }

    private Action completed(UUID networkId) {
        Action answer = Action.complete();
        Network network = new Network();
        network.setId(networkId.toString());
        network.setHref(parent.base() + "/networks/" + networkId);
        answer.setNetwork(network);
        return answer;
    }
}
