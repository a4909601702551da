package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import java.util.List;

/**
 * Extension element {@code <provider_port id="port id">} of a vNIC that has a port on a network provider: the
 * provider and its network ({@code <openstack_network_provider id/>}, {@code <openstack_network id/>}), the
 * connection details handed to the host ({@code provider_type}, {@code plugin_type}, {@code security_groups}), the
 * host binding ({@code binding:host_id}) and the state: {@code active} (bound to the host the VM runs on),
 * {@code unplugged} or {@code down} (the port is kept for the next plug or run).
 */
public class ProviderPort extends BaseResource {

    @XmlElement(name = "openstack_network_provider")
    private OpenStackNetworkProvider openstackNetworkProvider;
    @XmlElement(name = "openstack_network")
    private OpenStackNetwork openstackNetwork;
    @XmlElement(name = "provider_type")
    private String providerType;
    @XmlElement(name = "plugin_type")
    private String pluginType;
    @XmlElementWrapper(name = "security_groups")
    @XmlElement(name = "security_group")
    private List<String> securityGroups;
    @XmlElement(name = "host_binding")
    private String hostBinding;
    @XmlElement
    private String state;

    public OpenStackNetworkProvider getOpenstackNetworkProvider() {
        return openstackNetworkProvider;
    }

    public void setOpenstackNetworkProvider(OpenStackNetworkProvider openstackNetworkProvider) {
        this.openstackNetworkProvider = openstackNetworkProvider;
    }

    public OpenStackNetwork getOpenstackNetwork() {
        return openstackNetwork;
    }

    public void setOpenstackNetwork(OpenStackNetwork openstackNetwork) {
        this.openstackNetwork = openstackNetwork;
    }

    public String getProviderType() {
        return providerType;
    }

    public void setProviderType(String providerType) {
        this.providerType = providerType;
    }

    public String getPluginType() {
        return pluginType;
    }

    public void setPluginType(String pluginType) {
        this.pluginType = pluginType;
    }

    /** Null (left out) when the port has none. */
    public List<String> getSecurityGroups() {
        return securityGroups;
    }

    public void setSecurityGroups(List<String> securityGroups) {
        this.securityGroups = securityGroups;
    }

    public String getHostBinding() {
        return hostBinding;
    }

    public void setHostBinding(String hostBinding) {
        this.hostBinding = hostBinding;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
