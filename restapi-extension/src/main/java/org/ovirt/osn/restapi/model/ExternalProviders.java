package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of provider references, as oVirt's {@code Cluster.external_network_providers}:
 * {@code <external_network_providers><external_provider id="…"/></external_network_providers>}.
 */
public class ExternalProviders {

    @XmlElement(name = "external_provider")
    private List<OpenStackNetworkProvider> externalProvider = new ArrayList<>();

    public List<OpenStackNetworkProvider> getExternalProvider() {
        return externalProvider;
    }

    public void setExternalProvider(List<OpenStackNetworkProvider> externalProvider) {
        this.externalProvider = externalProvider;
    }
}
