package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * One difference a sync found: {@code kind} ({@code import}, {@code update}; for vanished networks {@code remove},
 * {@code unlink} when other providers still provide it, {@code keep} when vNICs use it), {@code status}
 * ({@code planned}, {@code done}, {@code failed}), the provider network ({@code external_id}), the engine
 * {@code network} and {@code data_center}, the new and previous {@code name} and {@code mtu}, and for a vanished
 * network how many vNICs of which VMs use it.
 */
public class NetworkSyncChange {

    @XmlElement
    private String kind;
    @XmlElement
    private String status;
    @XmlElement(name = "external_id")
    private String externalId;
    @XmlElement
    private String name;
    @XmlElement(name = "previous_name")
    private String previousName;
    @XmlElement
    private Integer mtu;
    @XmlElement(name = "previous_mtu")
    private Integer previousMtu;
    @XmlElement
    private Network network;
    @XmlElement(name = "data_center")
    private DataCenter dataCenter;
    @XmlElement(name = "vnic_count")
    private Integer vnicCount;
    @XmlElement(name = "vm_names")
    private String vmNames;
    @XmlElement
    private String reason;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPreviousName() {
        return previousName;
    }

    public void setPreviousName(String previousName) {
        this.previousName = previousName;
    }

    public Integer getMtu() {
        return mtu;
    }

    public void setMtu(Integer mtu) {
        this.mtu = mtu;
    }

    public Integer getPreviousMtu() {
        return previousMtu;
    }

    public void setPreviousMtu(Integer previousMtu) {
        this.previousMtu = previousMtu;
    }

    public Network getNetwork() {
        return network;
    }

    public void setNetwork(Network network) {
        this.network = network;
    }

    public DataCenter getDataCenter() {
        return dataCenter;
    }

    public void setDataCenter(DataCenter dataCenter) {
        this.dataCenter = dataCenter;
    }

    public Integer getVnicCount() {
        return vnicCount;
    }

    public void setVnicCount(Integer vnicCount) {
        this.vnicCount = vnicCount;
    }

    public String getVmNames() {
        return vmNames;
    }

    public void setVmNames(String vmNames) {
        this.vmNames = vmNames;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
