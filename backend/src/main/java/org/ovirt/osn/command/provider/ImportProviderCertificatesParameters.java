package org.ovirt.osn.command.provider;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Certificates an admin approved for a provider, each as PEM (or the bare base64 DER the engine shows). A null
 * element stands for a certificate sent without content; validation reports it.
 */
public record ImportProviderCertificatesParameters(UUID providerId, List<String> certificates) {

    public ImportProviderCertificatesParameters {
        certificates = certificates == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(certificates));
    }
}
