package org.ovirt.osn.restapi.resource;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ovirt.osn.command.provider.RemoveProviderCertificateParameters;
import org.ovirt.osn.provider.ProviderTrustStore.TrustedCertificate;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.CertificateMapper;
import org.ovirt.osn.restapi.model.Certificate;
import org.ovirt.osn.restapi.model.Certificates;

import java.util.UUID;

/**
 * {@code /openstacknetworkproviders/{id}/importedcertificates[/{alias}]}: what the provider trust store trusts, listed,
 * one by one, and removed ({@code DELETE …/{alias}}, 200 as the engine; audited). Not in oVirt, which can import a
 * certificate ({@code importcertificates}) but not take one back. Ids are the store's aliases
 * ({@code osn-sha256-<fingerprint hex>} for an import). The store is one for all providers, as an import trusts a
 * certificate for every provider, so each provider lists the same certificates; a removal is trusted by no provider
 * from the next call on, without a restart. An unknown provider or alias is 404.
 */
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
public class ImportedCertificatesResource {

    private final OpenStackNetworkProvidersResource providers;
    private final UUID providerId;

    ImportedCertificatesResource(OpenStackNetworkProvidersResource providers, UUID providerId) {
        this.providers = providers;
        this.providerId = providerId;
    }

    @RequiresPermission(Permission.READ)
    @GET
    public Certificates list() {
        Certificates answer = new Certificates();
        for (TrustedCertificate trusted : providers.trustedCertificateQueries.all(providerId)) {
            answer.getCertificate().add(CertificateMapper.toModel(trusted, href(trusted.alias())));
        }
        return answer;
    }

    @RequiresPermission(Permission.READ)
    @GET
    @Path("{alias}")
    public Certificate get(@PathParam("alias") String alias) {
        return CertificateMapper.toModel(providers.trustedCertificateQueries.one(providerId, alias), href(alias));
    }

    @RequiresPermission(Permission.CONFIGURE_NETWORKS)
    @DELETE
    @Path("{alias}")
    public Response remove(@PathParam("alias") String alias) {
        providers.runner.run(providers.removeCertificateCommand, new RemoveProviderCertificateParameters(providerId,
                alias), Callers.of(providers.security));
        return Response.ok().build();
    }

    private String href(String alias) {
        return providers.href(providerId) + "/importedcertificates/" + alias;
    }
}
