package org.ovirt.osn.restapi.resource;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ovirt.osn.provider.ProviderCertificate;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.CertificateMapper;
import org.ovirt.osn.restapi.model.Certificates;

import java.util.List;
import java.util.UUID;

/**
 * {@code /openstacknetworkproviders/{id}/certificates}: the chain the provider's TLS endpoint presents, asked live,
 * as oVirt's {@code ExternalProviderCertificatesService}. Ids are positions: "0" is the provider's own certificate,
 * then each issuer in signing order. An unknown provider is 404, a provider whose URL is not https 400; when the
 * endpoint cannot be reached the fault names the cause (connection, timeout, TLS).
 */
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
public class ProviderCertificatesResource {

    private final OpenStackNetworkProvidersResource providers;
    private final UUID providerId;

    ProviderCertificatesResource(OpenStackNetworkProvidersResource providers, UUID providerId) {
        this.providers = providers;
        this.providerId = providerId;
    }

    @RequiresPermission(Permission.READ)
    @GET
    public Certificates list() {
        Certificates answer = new Certificates();
        for (ProviderCertificate certificate : chain()) {
            answer.getCertificate().add(CertificateMapper.toModel(certificate, href(certificate.index())));
        }
        return answer;
    }

    @Path("{certificateId}")
    public ProviderCertificateResource certificate(@PathParam("certificateId") String certificateId) {
        return new ProviderCertificateResource(this, certificateId);
    }

    List<ProviderCertificate> chain() {
        return providers.certificateQueries.chainOf(providerId);
    }

    String href(int index) {
        return providers.href(providerId) + "/certificates/" + index;
    }
}
