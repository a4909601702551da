package org.ovirt.osn.restapi.resource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Variant;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.json.JsonbConfigResolver;
import org.ovirt.osn.restapi.model.OpenStackNetwork;
import org.ovirt.osn.restapi.mapping.ProviderNetworkMapper;
import org.ovirt.osn.restapi.model.OpenStackNetworks;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@code /openstacknetworkproviders/{id}/networks}: the provider's networks asked live, as oVirt's
 * {@code OpenstackNetworksService}, each with the data centers it is already imported into (extension
 * {@code <data_centers>}). Supports {@code max}: the provider is asked for no more pages than needed.
 */
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
@Consumes({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
public class OpenStackNetworksResource {

    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_XML_TYPE,
            MediaType.APPLICATION_JSON_TYPE).build();
    private static final JAXBContext XML = context();

    private final OpenStackNetworkProvidersResource parent;
    private final UUID providerId;

    OpenStackNetworksResource(OpenStackNetworkProvidersResource parent, UUID providerId) {
        this.parent = parent;
        this.providerId = providerId;
    }

    /**
     * Streamed: each network is written as the provider's pages come in, so the answer for thousands of networks
     * holds one provider page in memory, in the same XML or JSON as the {@link OpenStackNetworks} collection. A
     * provider that fails on its first page gives a fault; one that fails on a later page cuts the answer short.
     */
    @RequiresPermission(Permission.READ)
    @GET
    public Response list(@QueryParam("max") Integer max, @Context Request request) {
        Variant variant = request.selectVariant(VARIANTS);
        if (variant == null) {
            return Response.notAcceptable(VARIANTS).build();
        }
        String base = parent.base();
        Stream<OpenStackNetwork> networks = parent.networkQueries.networks(providerId)
                .limit(max == null || max < 0 ? Long.MAX_VALUE : max)
                .map(n -> ProviderNetworkMapper.toModel(n, providerId, base));
        StreamingOutput body = MediaType.APPLICATION_JSON_TYPE.isCompatible(variant.getMediaType())
                ? StreamedCollection.json("openstack_network", JsonbConfigResolver.jsonb(), networks)
                : StreamedCollection.xml("openstack_networks", XML, networks);
        return Response.ok(body, variant.getMediaType()).build();
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(OpenStackNetworks.class);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    @Path("{networkId}")
    public OpenStackNetworkResource network(@PathParam("networkId") String networkId) {
        return new OpenStackNetworkResource(parent, providerId, networkId);
    }
}
