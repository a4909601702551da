package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * {@code <step>}, as oVirt's {@code Step}: {@code description}, {@code type} ({@code executing}), {@code status},
 * {@code number}, {@code start_time}, {@code end_time}, {@code external} and the {@code <job id/>} it belongs to.
 * Not in oVirt's model: {@code <openstack_network id/>} (what a bulk import step imports), {@code <network id/>} (the
 * network it became) and {@code <fault>} (why it failed).
 */
@XmlRootElement(name = "step")
public class Step extends BaseResource {

    @XmlElement
    private String type;
    @XmlElement
    private String status;
    @XmlElement
    private Integer number;
    @XmlElement(name = "start_time")
    private String startTime;
    @XmlElement(name = "end_time")
    private String endTime;
    @XmlElement
    private Boolean external;
    @XmlElement
    private Job job;
    @XmlElement(name = "openstack_network")
    private OpenStackNetwork openstackNetwork;
    @XmlElement
    private Network network;
    @XmlElement
    private Fault fault;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public Boolean getExternal() {
        return external;
    }

    public void setExternal(Boolean external) {
        this.external = external;
    }

    public Job getJob() {
        return job;
    }

    public void setJob(Job job) {
        this.job = job;
    }

    public OpenStackNetwork getOpenstackNetwork() {
        return openstackNetwork;
    }

    public void setOpenstackNetwork(OpenStackNetwork openstackNetwork) {
        this.openstackNetwork = openstackNetwork;
    }

    public Network getNetwork() {
        return network;
    }

    public void setNetwork(Network network) {
        this.network = network;
    }

    public Fault getFault() {
        return fault;
    }

    public void setFault(Fault fault) {
        this.fault = fault;
    }
}
