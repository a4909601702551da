package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * {@code <vnic_profile>} with {@code <network id/>} and {@code custom_properties}, as oVirt's {@code VnicProfile}
 * type. {@code public_use} is this API's own: the engine grants public use as a permission, which the standalone host
 * does not have.
 */
@XmlRootElement(name = "vnic_profile")
public class VnicProfile extends BaseResource {

    @XmlElement
    private Network network;
    @XmlElement(name = "custom_properties")
    private CustomProperties customProperties;
    @XmlElement(name = "public_use")
    private Boolean publicUse;

    public Network getNetwork() {
        return network;
    }

    public void setNetwork(Network network) {
        this.network = network;
    }

    public CustomProperties getCustomProperties() {
        return customProperties;
    }

    public void setCustomProperties(CustomProperties customProperties) {
        this.customProperties = customProperties;
    }

    public Boolean getPublicUse() {
        return publicUse;
    }

    public void setPublicUse(Boolean publicUse) {
        this.publicUse = publicUse;
    }
}
