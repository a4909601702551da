package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.List;

/**
 * {@code <openstack_network>}, as oVirt's {@code OpenStackNetwork}: {@code id} is the provider's id of the network,
 * with {@code name} and {@code <openstack_network_provider id/>}. Extension: {@code <data_centers>} lists the data
 * centers the network is already imported into (or linked in); empty when it is in none.
 */
@XmlRootElement(name = "openstack_network")
public class OpenStackNetwork extends BaseResource {

    @XmlElement(name = "openstack_network_provider")
    private OpenStackNetworkProvider openstackNetworkProvider;
    @XmlElement(name = "data_centers")
    private DataCenters dataCenters;
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

    public List<Link> getLink() {
        return link;
    }

    public void setLink(List<Link> link) {
        this.link = link;
    }
}
