package org.ovirt.osn.restapi.resource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.CommandContext;
import org.ovirt.osn.command.FailureKind;
import org.ovirt.osn.command.network.ImportExternalNetworksParameters;
import org.ovirt.osn.engine.InventoryValidator;
import org.ovirt.osn.restapi.mapping.JobMapper;
import org.ovirt.osn.restapi.model.Job;
import org.ovirt.osn.restapi.model.OpenStackNetwork;
import org.ovirt.osn.command.provider.ImportProviderCertificatesParameters;
import org.ovirt.osn.command.provider.NetworkProviderIdParameters;
import org.ovirt.osn.command.provider.UpdateNetworkProviderParameters;
import org.ovirt.osn.command.sync.NetworkSyncResult;
import org.ovirt.osn.command.sync.SyncNetworkProviderParameters;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.ProviderConnectivityReport;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.CertificateMapper;
import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;
import org.ovirt.osn.restapi.mapping.NetworkProviderMapper;
import org.ovirt.osn.restapi.mapping.NetworkSyncMapper;
import org.ovirt.osn.restapi.mapping.ProviderConnectivityMapper;
import org.ovirt.osn.restapi.mapping.ProviderStatisticsMapper;
import org.ovirt.osn.restapi.model.Action;
import org.ovirt.osn.restapi.model.Fault;
import org.ovirt.osn.restapi.model.OpenStackNetworkProvider;
import org.ovirt.osn.restapi.model.Statistic;
import org.ovirt.osn.restapi.model.Statistics;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /openstacknetworkproviders/{id}}: get, update, remove, the {@code testconnectivity} and
 * {@code importcertificates} actions, the {@code sync} extension action and the {@code certificates} sub-collection, as oVirt's
 * {@code OpenstackNetworkProviderService}. DELETE answers 200 like the engine (the SDK expects it).
 */
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@Consumes({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
public class OpenStackNetworkProviderResource {

    private final OpenStackNetworkProvidersResource parent;
    private final UUID id;

    OpenStackNetworkProviderResource(OpenStackNetworkProvidersResource parent, UUID id) {
        this.parent = parent;
        this.id = id;
    }

    @RequiresPermission(Permission.READ)
    @GET
    public OpenStackNetworkProvider get() {
        return parent.toModel(stored());
    }

    /**
     * The provider's health as oVirt's {@code <statistics>} (as a host's): this node's measurements of its calls,
     * the pending port releases and the last synchronization. docs/operations.md names each statistic.
     */
    @RequiresPermission(Permission.READ)
    @GET
    @Path("statistics")
    public Statistics statistics() {
        return ProviderStatisticsMapper.toModel(parent.health.report(id, stored().name()), parent.href(id));
    }

    @RequiresPermission(Permission.READ)
    @GET
    @Path("statistics/{statistic}")
    public Statistic statistic(@PathParam("statistic") String statisticId) {
        return statistics().getStatistic().stream()
                .filter(s -> s.getId().equals(statisticId))
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    @RequiresPermission(Permission.CONFIGURE_NETWORKS)
    @PUT
    public OpenStackNetworkProvider update(OpenStackNetworkProvider body) {
        if (body == null) {
            throw new InvalidRepresentationException("Incomplete parameters: openstack_network_provider required");
        }
        NetworkProvider changed = NetworkProviderMapper.applyUpdate(stored(), body, id);
        parent.runner.run(parent.updateCommand, new UpdateNetworkProviderParameters(changed),
                Callers.of(parent.security));
        return parent.toModel(stored());
    }

    @RequiresPermission(Permission.CONFIGURE_NETWORKS)
    @DELETE
    public Response remove() {
        parent.runner.run(parent.removeCommand, new NetworkProviderIdParameters(id), Callers.of(parent.security));
        return Response.ok().build();
    }

    /** A provider failure is a failed action (200 is not used: the SDK checks actions by body, others by status). */
    @RequiresPermission(Permission.CONFIGURE_NETWORKS)
    @POST
    @Path("testconnectivity")
    public Response testConnectivity(Action body) {
        try {
            ProviderConnectivityReport found = parent.runner.run(parent.testConnectivityCommand,
                    new NetworkProviderIdParameters(id), Callers.of(parent.security));
            Action answer = Action.complete();
            answer.setProviderConnectivity(ProviderConnectivityMapper.toModel(found));
            return Response.ok(answer).build();
        } catch (CommandFailedException e) {
            return failedAction(e);
        }
    }

    /**
     * Adds the certificates of {@code <action><certificates><certificate><content>PEM…} to the module's trust store,
     * trusted by the next call to any provider. Bad input (no certificate, one that is not PEM or has expired) is a
     * 400 fault, an unknown provider 404; a trust store that cannot be written is a failed action.
     */
    @RequiresPermission(Permission.CONFIGURE_NETWORKS)
    @POST
    @Path("importcertificates")
    public Response importCertificates(Action body) {
        try {
            parent.runner.run(parent.importCertificatesCommand,
                    new ImportProviderCertificatesParameters(id, CertificateMapper.contents(body)),
                    Callers.of(parent.security));
            return Response.ok(Action.complete()).build();
        } catch (CommandFailedException e) {
            return failedAction(e);
        }
    }

    /**
     * Extension action {@code sync}: brings the engine in line with the provider's networks and answers what it did;
     * with {@code <action><dry_run>true</dry_run></action>} it changes nothing and answers the diff. A provider
     * failure is a failed action.
     */
    @RequiresPermission(Permission.CONFIGURE_NETWORKS)
    @POST
    @Path("sync")
    public Response sync(Action body) {
        boolean dryRun = body != null && Boolean.TRUE.equals(body.getDryRun());
        try {
            NetworkSyncResult result = parent.runner.run(parent.syncCommand, new SyncNetworkProviderParameters(id,
                    dryRun, SyncNetworkProviderParameters.Trigger.MANUAL), Callers.of(parent.security));
            Action answer = Action.complete();
            answer.setNetworkSync(NetworkSyncMapper.toModel(result, parent.base()));
            return Response.ok(answer).build();
        } catch (CommandFailedException e) {
            return failedAction(e);
        }
    }

    @Path("certificates")
    public ProviderCertificatesResource certificates() {
        return new ProviderCertificatesResource(parent, id);
    }

    /** Not in oVirt's API; see {@link ImportedCertificatesResource}. */
    @Path("importedcertificates")
    public ImportedCertificatesResource importedCertificates() {
        return new ImportedCertificatesResource(parent, id);
    }

    /**
     * Extension action, a bulk import as one job: {@code <action><data_center id|name/><openstack_networks>
     * <openstack_network id="…"/>…</openstack_networks></action>} (+ {@code public_use}, {@code attach_to_all_clusters}
     * as the single import). Answers 202 with {@code <action><status>pending</status><job …/></action>} and the job's
     * Location; the job imports each network on its own (see {@code /jobs/{id}/steps}). Refusals before the job
     * starts (unknown provider or data center, no networks, too many, a blank or repeated id) are faults.
     */
    @RequiresPermission(Permission.CONFIGURE_NETWORKS)
    @POST
    @Path("importnetworks")
    public Response importNetworks(Action body) {
        UUID dataCenterId = InventoryLookups.dataCenterReference(parent.inventory,
                body == null ? null : body.getDataCenter(), InventoryValidator.Subject.NETWORK, "import");
        List<String> externalIds = body == null || body.getOpenstackNetworks() == null ? List.of()
                : body.getOpenstackNetworks().getOpenstackNetwork().stream().map(OpenStackNetwork::getId).toList();
        CommandContext caller = Callers.of(parent.security);
        UUID jobId = parent.bulkImport.start(new ImportExternalNetworksParameters(UUID.randomUUID(), id,
                dataCenterId, externalIds, body == null || !Boolean.FALSE.equals(body.getPublicUse()),
                body != null && Boolean.TRUE.equals(body.getAttachToAllClusters()), caller.userName()), caller);
        Job job = JobMapper.toModel(parent.jobQueries.job(jobId), parent.base());
        Action answer = new Action();
        answer.setStatus("pending");
        answer.setJob(job);
        return Response.accepted(answer).location(Locations.of(parent.uriInfo, job.getHref())).build();
    }

    @Path("networks")
    public OpenStackNetworksResource networks() {
        return new OpenStackNetworksResource(parent, id);
    }

    @Path("orphanports")
    public OrphanPortsResource orphanPorts() {
        return new OrphanPortsResource(parent, id);
    }

    /** Not in oVirt's API; see {@link OrphanPortsResource#reconcile}. */
    @RequiresPermission(Permission.CONFIGURE_NETWORKS)
    @POST
    @Path("reconcileports")
    public Response reconcilePorts(Action body) {
        return OrphanPortsResource.reconcile(parent, id, body);
    }

    /** Failures of the action's own work answer as a failed action; refusals go to the fault mappers. */
    static Response failedAction(CommandFailedException e) {
        if (e.kind() != FailureKind.PROVIDER) {
            throw e;
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Action.failed(new Fault("Operation Failed", "[" + e.getMessage() + "]")))
                .build();
    }

    private NetworkProvider stored() {
        return parent.queries.byId(id).orElseThrow(() -> new CommandFailedException(
                EngineMessage.ACTION_TYPE_FAILED_PROVIDER_DOESNT_EXIST,
                Map.of("Action", "get", "ProviderId", id.toString()), null));
    }
}
