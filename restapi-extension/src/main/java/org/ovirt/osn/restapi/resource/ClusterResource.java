package org.ovirt.osn.restapi.resource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.engine.InventoryValidator.Subject;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.NetworkClusterAttachment;
import org.ovirt.osn.engine.standalone.command.AttachNetworkToClusterParameters;
import org.ovirt.osn.engine.standalone.command.InventoryIdParameters;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;
import org.ovirt.osn.restapi.mapping.InventoryMapper;
import org.ovirt.osn.restapi.model.Cluster;
import org.ovirt.osn.restapi.model.Network;
import org.ovirt.osn.restapi.model.Networks;

import java.util.Map;
import java.util.UUID;

/**
 * {@code /clusters/{id}}: get, remove (refused while it has hosts; 200 as the engine), and its {@code networks}:
 * the attached ones with {@code required}, one of them ({@code networks/{networkId}}), and attaching one (201, its
 * Location that one), as oVirt's {@code ClusterNetworksService}
 * ({@code <network id="…"><required>false</required></network>}, or the network by name in the cluster's data
 * center).
 */
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@Consumes({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
public class ClusterResource {

    private final ClustersResource parent;
    private final UUID id;

    ClusterResource(ClustersResource parent, UUID id) {
        this.parent = parent;
        this.id = id;
    }

    @RequiresPermission(Permission.READ)
    @GET
    public Cluster get() {
        return InventoryMapper.toModel(InventoryLookups.cluster(parent.inventory, id), parent.base());
    }

    @RequiresPermission(Permission.CONFIGURE_ENGINE)
    @DELETE
    public Response remove() {
        parent.runner.run(parent.removeCommand, new InventoryIdParameters(id), Callers.of(parent.security));
        return Response.ok().build();
    }

    @RequiresPermission(Permission.READ)
    @GET
    @Path("networks")
    public Networks networks() {
        InventoryLookups.cluster(parent.inventory, id);
        Networks answer = new Networks();
        for (NetworkClusterAttachment attachment : parent.inventory.networkAttachmentsOfCluster(id)) {
            parent.inventory.network(attachment.networkId()).ifPresent(n ->
                    answer.getNetwork().add(InventoryMapper.toModel(n, attachment, parent.base())));
        }
        return answer;
    }

    @RequiresPermission(Permission.CONFIGURE_NETWORKS)
    @POST
    @Path("networks")
    public Response attachNetwork(Network body) {
        if (body == null) {
            throw new InvalidRepresentationException("Incomplete parameters: network required");
        }
        org.ovirt.osn.engine.Cluster cluster = InventoryLookups.cluster(parent.inventory, id);
        UUID networkId = InventoryLookups.networkReference(parent.inventory, body, cluster.dataCenterId(),
                Subject.NETWORK, "attach");
        NetworkClusterAttachment attachment = new NetworkClusterAttachment(networkId, id,
                Boolean.TRUE.equals(body.getRequired()));
        parent.runner.run(parent.attachNetworkCommand, new AttachNetworkToClusterParameters(attachment),
                Callers.of(parent.security));
        Network attached = InventoryMapper.toModel(InventoryLookups.network(parent.inventory, networkId), attachment,
                parent.base());
        return Locations.created(parent.uriInfo, attached);
    }

    /** One attached network with its {@code required}, as oVirt's {@code ClusterNetworkService}; 404 when not. */
    @RequiresPermission(Permission.READ)
    @GET
    @Path("networks/{networkId}")
    public Network network(@PathParam("networkId") String networkId) {
        org.ovirt.osn.engine.Cluster cluster = InventoryLookups.cluster(parent.inventory, id);
        LogicalNetwork network = InventoryLookups.network(parent.inventory, Ids.parse(networkId));
        NetworkClusterAttachment attachment = parent.inventory.networkAttachmentsOfCluster(id).stream()
                .filter(a -> a.networkId().equals(network.id()))
                .findFirst()
                .orElseThrow(() -> new CommandFailedException(
                        EngineMessage.ACTION_TYPE_FAILED_NETWORK_NOT_ATTACHED_TO_CLUSTER, Map.of("Action", "get",
                        "NetworkName", network.name(), "ClusterName", cluster.name()), null));
        return InventoryMapper.toModel(network, attachment, parent.base());
    }
}
