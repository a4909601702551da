package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * Extension, in {@link ProviderConnectivity}: what the module detected and will use with the provider (its custom
 * properties {@code osn.*} win over the detection). {@code filters} is {@code any_of} where a repeated filter means
 * any of its values, {@code first_value} where the provider reads only the first (the module then asks once per
 * value).
 */
public class ConnectivityCapabilities {

    @XmlElement(name = "bulk_port_create")
    private Boolean bulkPortCreate;
    @XmlElement
    private Boolean paging;
    @XmlElement
    private Boolean sorting;
    @XmlElement(name = "field_selection")
    private Boolean fieldSelection;
    @XmlElement
    private String filters;
    @XmlElement(name = "port_binding")
    private Boolean portBinding;
    @XmlElement(name = "security_groups")
    private Boolean securityGroups;

    public ConnectivityCapabilities() {
        // for JAXB
    }

    public ConnectivityCapabilities(boolean bulkPortCreate, boolean paging, boolean sorting, boolean fieldSelection,
                                    String filters, boolean portBinding, boolean securityGroups) {
        this.bulkPortCreate = bulkPortCreate;
        this.paging = paging;
        this.sorting = sorting;
        this.fieldSelection = fieldSelection;
        this.filters = filters;
        this.portBinding = portBinding;
        this.securityGroups = securityGroups;
    }

    public Boolean getBulkPortCreate() {
        return bulkPortCreate;
    }

    public Boolean getPaging() {
        return paging;
    }

    public Boolean getSorting() {
        return sorting;
    }

    public Boolean getFieldSelection() {
        return fieldSelection;
    }

    public String getFilters() {
        return filters;
    }

    public Boolean getPortBinding() {
        return portBinding;
    }

    public Boolean getSecurityGroups() {
        return securityGroups;
    }
}
