package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * {@code <openstack_port id="<provider's port id>">}, not in oVirt's model (the engine shows no provider ports): a
 * port on a provider, as the orphan-port report and the reconcile action list it. {@code name}, {@code mac},
 * {@code device_id} (for the engine's ports, the vNIC id), {@code device_owner}, {@code status} and the
 * {@code <openstack_network id/>} it is on, which carries {@code <openstack_network_provider id/>}.
 */
@XmlRootElement(name = "openstack_port")
public class OpenStackPort extends BaseResource {

    @XmlElement
    private Mac mac;
    @XmlElement(name = "device_id")
    private String deviceId;
    @XmlElement(name = "device_owner")
    private String deviceOwner;
    @XmlElement
    private String status;
    @XmlElement(name = "openstack_network")
    private OpenStackNetwork openstackNetwork;

    public Mac getMac() {
        return mac;
    }

    public void setMac(Mac mac) {
        this.mac = mac;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public void setDeviceId(String deviceId) {
        this.deviceId = deviceId;
    }

    public String getDeviceOwner() {
        return deviceOwner;
    }

    public void setDeviceOwner(String deviceOwner) {
        this.deviceOwner = deviceOwner;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public OpenStackNetwork getOpenstackNetwork() {
        return openstackNetwork;
    }

    public void setOpenstackNetwork(OpenStackNetwork openstackNetwork) {
        this.openstackNetwork = openstackNetwork;
    }
}
