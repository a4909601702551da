package org.ovirt.osn.restapi.resource;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.availability.ProviderNetworkAvailability;
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
import org.ovirt.osn.command.network.AddSubnetToProviderCommand;
import org.ovirt.osn.command.network.ImportExternalNetworkCommand;
import org.ovirt.osn.command.network.LinkExternalNetworkCommand;
import org.ovirt.osn.command.network.RemoveSubnetFromProviderCommand;
import org.ovirt.osn.command.provider.AddNetworkProviderCommand;
import org.ovirt.osn.command.provider.AddNetworkProviderParameters;
import org.ovirt.osn.command.provider.ImportProviderCertificatesCommand;
import org.ovirt.osn.command.provider.RemoveNetworkProviderCommand;
import org.ovirt.osn.command.provider.RemoveProviderCertificateCommand;
import org.ovirt.osn.command.provider.TestNetworkProviderConnectivityCommand;
import org.ovirt.osn.command.provider.UpdateNetworkProviderCommand;
import org.ovirt.osn.command.sync.SyncNetworkProviderCommand;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.query.NetworkProviderQueries;
import org.ovirt.osn.query.ProviderHealthQueries;
import org.ovirt.osn.query.ProviderCertificateQueries;
import org.ovirt.osn.query.TrustedProviderCertificateQueries;
import org.ovirt.osn.query.ProviderNetworkQueries;
import org.ovirt.osn.command.network.ImportExternalNetworkCommand;
import org.ovirt.osn.command.network.LinkExternalNetworkCommand;
import org.ovirt.osn.command.network.AddSubnetToProviderCommand;
import org.ovirt.osn.command.network.RemoveSubnetFromProviderCommand;
import org.ovirt.osn.command.port.ReconcileProviderPortsCommand;
import org.ovirt.osn.command.network.BulkNetworkImport;
import org.ovirt.osn.query.JobQueries;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.query.OrphanPortQueries;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;
import org.ovirt.osn.restapi.mapping.NetworkProviderMapper;
import org.ovirt.osn.restapi.model.OpenStackNetworkProvider;
import org.ovirt.osn.restapi.model.OpenStackNetworkProviders;

import java.util.UUID;
import java.util.function.Predicate;

/**
 * {@code /openstacknetworkproviders}: list and add, as oVirt's {@code OpenstackNetworkProvidersService}. Supports
 * {@code max} and the search {@code name=<pattern>} ({@code *} as wildcard) that the SDK sends.
 */
@Path("/openstacknetworkproviders")
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@Consumes({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@RequestScoped
public class OpenStackNetworkProvidersResource {

    @Inject
    NetworkProviderQueries queries;
    @Inject
    ProviderHealthQueries health;
    @Inject
    CommandRunner runner;
    @Inject
    AddNetworkProviderCommand addCommand;
    @Inject
    UpdateNetworkProviderCommand updateCommand;
    @Inject
    RemoveNetworkProviderCommand removeCommand;
    @Inject
    TestNetworkProviderConnectivityCommand testConnectivityCommand;
    @Inject
    ImportProviderCertificatesCommand importCertificatesCommand;
    @Inject
    ProviderCertificateQueries certificateQueries;
    @Inject
    TrustedProviderCertificateQueries trustedCertificateQueries;
    @Inject
    RemoveProviderCertificateCommand removeCertificateCommand;
    @Inject
    ProviderNetworkQueries networkQueries;
    @Inject
    ProviderNetworkAvailability availability;
    @Inject
    ImportExternalNetworkCommand importNetworkCommand;
    @Inject
    LinkExternalNetworkCommand linkNetworkCommand;
    @Inject
    EngineInventory inventory;
    @Inject
    AddSubnetToProviderCommand addSubnetCommand;
    @Inject
    RemoveSubnetFromProviderCommand removeSubnetCommand;
    @Inject
    OrphanPortQueries orphanPortQueries;
    @Inject
    ReconcileProviderPortsCommand reconcilePortsCommand;
    @Inject
    SyncNetworkProviderCommand syncCommand;
    @Inject
    BulkNetworkImport bulkImport;
    @Inject
    JobQueries jobQueries;

    @Context
    UriInfo uriInfo;
    @Context
    SecurityContext security;

    @RequiresPermission(Permission.READ)
    @GET
    public OpenStackNetworkProviders list(@QueryParam("max") Integer max, @QueryParam("search") String search) {
        Predicate<NetworkProvider> matches = SearchQuery.parse(search);
        OpenStackNetworkProviders answer = new OpenStackNetworkProviders();
        queries.all().stream()
                .filter(matches)
                .limit(max == null || max < 0 ? Long.MAX_VALUE : max)
                .map(this::toModel)
                .forEach(answer.getOpenstackNetworkProvider()::add);
        return answer;
    }

    @RequiresPermission(Permission.CONFIGURE_NETWORKS)
    @POST
    public Response add(OpenStackNetworkProvider body) {
        if (body == null) {
            throw new InvalidRepresentationException("Incomplete parameters: openstack_network_provider required");
        }
        NetworkProvider provider = NetworkProviderMapper.toNewDomain(body);
        UUID id = runner.run(addCommand, new AddNetworkProviderParameters(provider), Callers.of(security));
        NetworkProvider added = queries.byId(id).orElseThrow();
        return Locations.created(uriInfo, NetworkProviderMapper.toModel(added, href(id)));
    }

    @Path("{id}")
    public OpenStackNetworkProviderResource provider(@PathParam("id") String id) {
        return new OpenStackNetworkProviderResource(this, Ids.parse(id));
    }

    /** The provider with its derived status. */
    OpenStackNetworkProvider toModel(NetworkProvider provider) {
        OpenStackNetworkProvider model = NetworkProviderMapper.toModel(provider, href(provider.id()));
        health.status(provider.id()).ifPresent(status -> model.setStatus(status.value()));
        return model;
    }

    String base() {
        return uriInfo.getBaseUri().getPath().replaceAll("/+$", "");
    }

    String href(UUID id) {
        return uriInfo.getBaseUri().getPath().replaceAll("/+$", "") + "/openstacknetworkproviders/" + id;
    }
}
