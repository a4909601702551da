package org.ovirt.osn.restapi.resource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.ovirt.osn.restapi.mapping.ProviderNetworkMapper;
import org.ovirt.osn.restapi.model.OpenStackNetworks;

import java.util.UUID;

/**
 * {@code /openstacknetworkproviders/{id}/networks}: the provider's networks asked live, as oVirt's
 * {@code OpenstackNetworksService}, each with the data centers it is already imported into (extension
 * {@code <data_centers>}). Supports {@code max}: the provider is asked for no more pages than needed.
 */
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@Consumes({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
public class OpenStackNetworksResource {

    private final OpenStackNetworkProvidersResource parent;
    private final UUID providerId;

    OpenStackNetworksResource(OpenStackNetworkProvidersResource parent, UUID providerId) {
        this.parent = parent;
        this.providerId = providerId;
    }

    @GET
    public OpenStackNetworks list(@QueryParam("max") Integer max) {
        String base = parent.base();
        OpenStackNetworks answer = new OpenStackNetworks();
        parent.networkQueries.networks(providerId)
                .limit(max == null || max < 0 ? Long.MAX_VALUE : max)
                .map(n -> ProviderNetworkMapper.toModel(n, providerId, base))
                .forEach(answer.getOpenstackNetwork()::add);
        return answer;
    }

    @Path("{networkId}")
    public OpenStackNetworkResource network(@PathParam("networkId") String networkId) {
        return new OpenStackNetworkResource(parent, providerId, networkId);
    }
}
