package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * Extension {@code <provider_binding>} of a standalone host: the id ({@code binding_host_id}) the host is known by to
 * providers of one {@code plugin_type} (oVirt: the host's {@code openstack_binding_host_ids}). Ports of such providers
 * are bound to it; without one, to the host's address.
 */
@XmlRootElement(name = "provider_binding")
public class ProviderBinding {

    @XmlElement
    private Host host;
    @XmlElement(name = "plugin_type")
    private String pluginType;
    @XmlElement(name = "binding_host_id")
    private String bindingHostId;

    public Host getHost() {
        return host;
    }

    public void setHost(Host host) {
        this.host = host;
    }

    public String getPluginType() {
        return pluginType;
    }

    public void setPluginType(String pluginType) {
        this.pluginType = pluginType;
    }

    public String getBindingHostId() {
        return bindingHostId;
    }

    public void setBindingHostId(String bindingHostId) {
        this.bindingHostId = bindingHostId;
    }
}
