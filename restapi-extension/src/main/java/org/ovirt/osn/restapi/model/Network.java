package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.List;

/**
 * {@code <network>}, as oVirt's {@code Network} type: {@code <data_center id/>}, {@code mtu} (0 = default),
 * {@code <vlan id/>}, {@code usages}, {@code vdsm_name} (read only). In a cluster's network list it also carries
 * {@code <cluster id/>} and {@code required}.
 */
@XmlRootElement(name = "network")
public class Network extends BaseResource {

    @XmlElement(name = "data_center")
    private DataCenter dataCenter;
    @XmlElement
    private Integer mtu;
    @XmlElement
    private Vlan vlan;
    @XmlElement
    private Usages usages;
    @XmlElement(name = "vdsm_name")
    private String vdsmName;
    @XmlElement
    private Cluster cluster;
    @XmlElement
    private Boolean required;
    /** On add: create the network on this provider first (oVirt's export). On get: the network's first provider. */
    @XmlElement(name = "external_provider")
    private OpenStackNetworkProvider externalProvider;
    /** Extension, on add with {@code external_provider}: the provider network's port security (default: provider's). */
    @XmlElement(name = "port_security_enabled")
    private Boolean portSecurityEnabled;
    /** Extension, on add with {@code external_provider}: a subnet to create on the new provider network. */
    @XmlElement(name = "external_provider_subnet")
    private OpenStackSubnet externalProviderSubnet;
    /**
     * Extension: every provider network this network is provided by ({@code external_provider} shows only the
     * first), each {@code <openstack_network id="external id"><openstack_network_provider id/>}. Read only.
     */
    @XmlElement(name = "provided_by")
    private OpenStackNetworks providedBy;
    /**
     * The data center network that carries this flat or VLAN provider network on the hosts. On add with
     * {@code external_provider}: the physical network to create the provider network on (by id, or by name in the data
     * center).
     */
    @XmlElement(name = "external_provider_physical_network")
    private Network externalProviderPhysicalNetwork;
    @XmlElement(name = "link")
    private List<Link> link;

    public DataCenter getDataCenter() {
        return dataCenter;
    }

    public void setDataCenter(DataCenter dataCenter) {
        this.dataCenter = dataCenter;
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

    public Usages getUsages() {
        return usages;
    }

    public void setUsages(Usages usages) {
        this.usages = usages;
    }

    public String getVdsmName() {
        return vdsmName;
    }

    public void setVdsmName(String vdsmName) {
        this.vdsmName = vdsmName;
    }

    public Cluster getCluster() {
        return cluster;
    }

    public void setCluster(Cluster cluster) {
        this.cluster = cluster;
    }

    public Boolean getRequired() {
        return required;
    }

    public void setRequired(Boolean required) {
        this.required = required;
    }

    public OpenStackNetworkProvider getExternalProvider() {
        return externalProvider;
    }

    public void setExternalProvider(OpenStackNetworkProvider externalProvider) {
        this.externalProvider = externalProvider;
    }

    public List<Link> getLink() {
        return link;
    }

    public void setLink(List<Link> link) {
        this.link = link;
    }

    public Network getExternalProviderPhysicalNetwork() {
        return externalProviderPhysicalNetwork;
    }

    public void setExternalProviderPhysicalNetwork(Network externalProviderPhysicalNetwork) {
        this.externalProviderPhysicalNetwork = externalProviderPhysicalNetwork;
    }

    public Boolean getPortSecurityEnabled() {
        return portSecurityEnabled;
    }

    public void setPortSecurityEnabled(Boolean portSecurityEnabled) {
        this.portSecurityEnabled = portSecurityEnabled;
    }

    public OpenStackSubnet getExternalProviderSubnet() {
        return externalProviderSubnet;
    }

    public void setExternalProviderSubnet(OpenStackSubnet externalProviderSubnet) {
        this.externalProviderSubnet = externalProviderSubnet;
    }

    public OpenStackNetworks getProvidedBy() {
        return providedBy;
    }

    public void setProvidedBy(OpenStackNetworks providedBy) {
        this.providedBy = providedBy;
    }
}
