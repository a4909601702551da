package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * {@code <nic>} of a VM with {@code <mac><address/></mac>}, {@code <vnic_profile id/>} (none: the empty profile),
 * {@code plugged} and {@code linked}, as oVirt's {@code Nic} type. Extension: {@code <provider_port>} for a vNIC that has
 * a port on a network provider (see {@link ProviderPort}); read only.
 */
@XmlRootElement(name = "nic")
public class Nic extends BaseResource {

    @XmlElement
    private Vm vm;
    @XmlElement
    private Mac mac;
    @XmlElement(name = "vnic_profile")
    private VnicProfile vnicProfile;
    @XmlElement
    private Boolean plugged;
    @XmlElement
    private Boolean linked;
    @XmlElement(name = "provider_port")
    private ProviderPort providerPort;

    public Vm getVm() {
        return vm;
    }

    public void setVm(Vm vm) {
        this.vm = vm;
    }

    public Mac getMac() {
        return mac;
    }

    public void setMac(Mac mac) {
        this.mac = mac;
    }

    public VnicProfile getVnicProfile() {
        return vnicProfile;
    }

    public void setVnicProfile(VnicProfile vnicProfile) {
        this.vnicProfile = vnicProfile;
    }

    public Boolean getPlugged() {
        return plugged;
    }

    public void setPlugged(Boolean plugged) {
        this.plugged = plugged;
    }

    public Boolean getLinked() {
        return linked;
    }

    public void setLinked(Boolean linked) {
        this.linked = linked;
    }

    public ProviderPort getProviderPort() {
        return providerPort;
    }

    public void setProviderPort(ProviderPort providerPort) {
        this.providerPort = providerPort;
    }
}
