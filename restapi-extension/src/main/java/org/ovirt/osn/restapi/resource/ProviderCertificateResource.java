package org.ovirt.osn.restapi.resource;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ovirt.osn.provider.ProviderCertificate;
import org.ovirt.osn.restapi.authz.Permission;
import org.ovirt.osn.restapi.authz.RequiresPermission;
import org.ovirt.osn.restapi.mapping.CertificateMapper;
import org.ovirt.osn.restapi.model.Certificate;

import java.util.List;

/**
 * {@code /openstacknetworkproviders/{id}/certificates/{n}}: one position of the presented chain, as oVirt's
 * {@code ExternalProviderCertificateService}; 404 when the chain has no such position.
 */
@Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
public class ProviderCertificateResource {

    private final ProviderCertificatesResource chain;
    private final String certificateId;

    ProviderCertificateResource(ProviderCertificatesResource chain, String certificateId) {
        this.chain = chain;
        this.certificateId = certificateId;
    }

    @RequiresPermission(Permission.READ)
    @GET
    public Certificate get() {
        int index = position(certificateId);
        List<ProviderCertificate> certificates = index < 0 ? List.of() : chain.chain();
        if (index < 0 || index >= certificates.size()) {
            throw new NotFoundException("No certificate with id " + certificateId + "; the chain has "
                    + certificates.size());
        }
        return CertificateMapper.toModel(certificates.get(index), chain.href(index));
    }

    /** Only the canonical "0", "1", …; anything else names no position. */
    private static int position(String id) {
        if (!id.matches("0|[1-9][0-9]{0,8}")) {
            return -1;
        }
        return Integer.parseInt(id);
    }
}
