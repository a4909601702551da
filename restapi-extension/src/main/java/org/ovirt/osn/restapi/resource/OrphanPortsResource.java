package org.ovirt.osn.restapi.resource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.port.ReconcileProviderPortsParameters;
import org.ovirt.osn.provisioning.release.OrphanPortReconciler;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.ProviderPortMapper;
import org.ovirt.osn.restapi.model.Action;
import org.ovirt.osn.restapi.model.OpenStackPorts;

import java.util.UUID;

/**
 * {@code /openstacknetworkproviders/{id}/orphanports}, not in oVirt's API: the engine's ports on the provider whose
 * vNIC no longer exists (device owner = {@code osn.port.device.owner}, device id = the id of no vNIC), asked live.
 * {@code max} caps the list (the provider is asked for no more pages than needed); {@code openstack_network=<id>}
 * narrows it to one provider network. The {@code reconcileports} action of the provider releases them.
 */
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@Consumes({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
public class OrphanPortsResource {

    private final OpenStackNetworkProvidersResource parent;
    private final UUID providerId;

    OrphanPortsResource(OpenStackNetworkProvidersResource parent, UUID providerId) {
        this.parent = parent;
        this.providerId = providerId;
    }

    @RequiresPermission(Permission.READ)
    @GET
    public OpenStackPorts list(@QueryParam("max") Integer max, @QueryParam("openstack_network") String networkId) {
        return ProviderPortMapper.toModel(parent.orphanPortQueries.orphans(providerId, blankToNull(networkId),
                max == null || max < 0 ? Long.MAX_VALUE : max), providerId, parent.base());
    }

    /**
     * {@code POST …/reconcileports}: {@code <action/>} queues every orphan for release through the durable queue
     * (tried at once, retried while the provider fails; a port whose vNIC exists by then is kept) and answers the
     * queued ports; {@code <dry_run>true</dry_run>} only answers what would be queued;
     * {@code <openstack_network id/>} narrows it to one provider network. A provider failure is a failed action.
     */
    static Response reconcile(OpenStackNetworkProvidersResource parent, UUID providerId, Action body) {
        String networkId = ProviderPortMapper.networkId(body);
        try {
            Action answer = Action.complete();
            if (ProviderPortMapper.dryRun(body)) {
                answer.setOpenstackPorts(ProviderPortMapper.toModel(parent.orphanPortQueries.orphans(providerId,
                        networkId, OrphanPortReconciler.LISTED_AT_MOST), providerId, parent.base()));
            } else {
                OrphanPortReconciler.Result result = parent.runner.run(parent.reconcilePortsCommand,
                        new ReconcileProviderPortsParameters(providerId, networkId), Callers.of(parent.security));
                answer.setOpenstackPorts(ProviderPortMapper.toModel(result.listed(), providerId, parent.base()));
            }
            return Response.ok(answer).build();
        } catch (CommandFailedException e) {
            return OpenStackNetworkProviderResource.failedAction(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
