package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * {@code <statistic>} in oVirt's shape: {@code name}, {@code description}, {@code kind} ({@code gauge} |
 * {@code counter}), {@code type} ({@code integer} | {@code decimal} | {@code string}), {@code unit} ({@code none} |
 * {@code seconds} | ...), {@code values/value} with a {@code datum} (numbers) or a {@code detail} (text), and the link
 * to the entity it belongs to, here {@code openstack_network_provider}.
 */
@XmlRootElement(name = "statistic")
@XmlType(name = "Statistic")
public class Statistic extends BaseResource {

    @XmlElement
    private String kind;
    @XmlElement
    private String type;
    @XmlElement
    private String unit;
    @XmlElement
    private StatisticValues values;
    @XmlElement(name = "openstack_network_provider")
    private OpenStackNetworkProvider openstackNetworkProvider;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public StatisticValues getValues() {
        return values;
    }

    public void setValues(StatisticValues values) {
        this.values = values;
    }

    public OpenStackNetworkProvider getOpenstackNetworkProvider() {
        return openstackNetworkProvider;
    }

    public void setOpenstackNetworkProvider(OpenStackNetworkProvider openstackNetworkProvider) {
        this.openstackNetworkProvider = openstackNetworkProvider;
    }
}
