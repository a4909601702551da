package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.List;

/**
 * {@code <openstack_network>}, as oVirt's {@code OpenStackNetwork}: {@code id} is the provider's id of the network,
 * with {@code name} and {@code <openstack_network_provider id/>}. Extensions, so an admin can choose what to import
 * without asking the provider: {@code <data_centers>} lists the data centers the network is already imported into
 * (or linked in), empty when it is in none; {@code mtu} and {@code <vlan id/>} as on oVirt's {@code Network};
 * {@code network_type}, {@code physical_network}, {@code segmentation_id} and {@code port_security_enabled} as the
 * provider reports them (each left out when it reports none); {@code <subnets>} with an
 * {@code <openstack_subnet id/>} per subnet (oVirt's inline form of the {@code subnets} link).
 */
@XmlRootElement(name = "openstack_network")
public class OpenStackNetwork extends BaseResource {

    @XmlElement(name = "openstack_network_provider")
    private OpenStackNetworkProvider openstackNetworkProvider;
    @XmlElement(name = "data_centers")
    private DataCenters dataCenters;
    @XmlElement
    private Integer mtu;
    @XmlElement
    private Vlan vlan;
    @XmlElement(name = "network_type")
    private String networkType;
    @XmlElement(name = "physical_network")
    private String physicalNetwork;
    @XmlElement(name = "segmentation_id")
    private Integer segmentationId;
    @XmlElement(name = "port_security_enabled")
    private Boolean portSecurityEnabled;
    @XmlElement
    private OpenStackSubnets subnets;
    @XmlElement(name = "link")
    private List<Link> link;

    public OpenStackNetworkProvider getOpenstackNetworkProvider() {
        return openstackNetworkProvider;
    }

    public void setOpenstackNetworkProvider(OpenStackNetworkProvider openstackNetworkProvider) {
        this.openstackNetworkProvider = openstackNetworkProvider;
    }

    public DataCenters getDataCenters() {
        return dataCenters;
    }

    public void setDataCenters(DataCenters dataCenters) {
        this.dataCenters = dataCenters;
    }

    public Integer getMtu() {
        return mtu;
    }

    public void setMtu(Integer mtu) {
        this.mtu = mtu;
    }

    public Vlan getVlan() {
        return vlan;
    }

    public void setVlan(Vlan vlan) {
        this.vlan = vlan;
    }

    public String getNetworkType() {
        return networkType;
    }

    public void setNetworkType(String networkType) {
        this.networkType = networkType;
    }

    public String getPhysicalNetwork() {
        return physicalNetwork;
    }

    public void setPhysicalNetwork(String physicalNetwork) {
        this.physicalNetwork = physicalNetwork;
    }

    public Integer getSegmentationId() {
        return segmentationId;
    }

    public void setSegmentationId(Integer segmentationId) {
        this.segmentationId = segmentationId;
    }

    public Boolean getPortSecurityEnabled() {
        return portSecurityEnabled;
    }

    public void setPortSecurityEnabled(Boolean portSecurityEnabled) {
        this.portSecurityEnabled = portSecurityEnabled;
    }

    public OpenStackSubnets getSubnets() {
        return subnets;
    }

    public void setSubnets(OpenStackSubnets subnets) {
        this.subnets = subnets;
    }

    public List<Link> getLink() {
        return link;
    }

    public void setLink(List<Link> link) {
        this.link = link;
    }
}
