package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * {@code <action>}: the body of an action request (with the action's parameters, e.g. {@code certificates} for
 * {@code importcertificates}, {@code vm} or {@code host} for a VM's
 * {@code start} and {@code migrate}) and of its answer ({@code status}, and {@code fault} on failure).
 */
@XmlRootElement(name = "action")
public class Action {

    @XmlElement
    private Boolean async;

    @XmlElement
    private Certificates certificates;

    @XmlElement
    private String status;

    /** {@code import}: the data center to import into, by id or name. */
    @XmlElement(name = "data_center")
    private DataCenter dataCenter;

    /** {@code import}, not in oVirt's model: whether the default vNIC profile is public (default true). */
    @XmlElement(name = "public_use")
    private Boolean publicUse;

    /** {@code import}, not in oVirt's model: attach to every cluster of the data center, not required. */
    @XmlElement(name = "attach_to_all_clusters")
    private Boolean attachToAllClusters;

    /** {@code link}: the existing network; in the answer of {@code import}, the new network. */
    @XmlElement
    private Network network;

    @XmlElement
    private Fault fault;

    /** {@code sync} and {@code reconcileports}, not in oVirt's model: only report what would be done. */
    @XmlElement(name = "dry_run")
    private Boolean dryRun;

    /** {@code reconcileports}, not in oVirt's model: only the ports of this provider network. */
    @XmlElement(name = "openstack_network")
    private OpenStackNetwork openstackNetwork;

    /** In the answer of {@code reconcileports}: the ports queued for release (or, on a dry run, that would be). */
    @XmlElement(name = "openstack_ports")
    private OpenStackPorts openstackPorts;

    /** In the answer of {@code sync}: what was found, and done. */
    @XmlElement(name = "network_sync")
    private NetworkSync networkSync;
    /** {@code importnetworks}, not in oVirt's model: the provider networks to import, by id. */
    @XmlElement(name = "openstack_networks")
    private OpenStackNetworks openstackNetworks;

    /** In the answer of a successful {@code testconnectivity}, not in oVirt's model: what the test found. */
    @XmlElement(name = "provider_connectivity")
    private ProviderConnectivity providerConnectivity;

    /** In the answer of an action that runs as a job: the job, to follow at its href. */
    @XmlElement
    private Job job;

    @XmlElement
    private Vm vm;

    @XmlElement
    private Host host;

    public Boolean getAsync() {
        return async;
    }

    public void setAsync(Boolean async) {
        this.async = async;
    }

    public Certificates getCertificates() {
        return certificates;
    }

    public void setCertificates(Certificates certificates) {
        this.certificates = certificates;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public DataCenter getDataCenter() {
        return dataCenter;
    }

    public void setDataCenter(DataCenter dataCenter) {
        this.dataCenter = dataCenter;
    }

    public Boolean getPublicUse() {
        return publicUse;
    }

    public void setPublicUse(Boolean publicUse) {
        this.publicUse = publicUse;
    }

    public Boolean getAttachToAllClusters() {
        return attachToAllClusters;
    }

    public void setAttachToAllClusters(Boolean attachToAllClusters) {
        this.attachToAllClusters = attachToAllClusters;
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

    public Boolean getDryRun() {
        return dryRun;
    }

    public void setDryRun(Boolean dryRun) {
        this.dryRun = dryRun;
    }

    public NetworkSync getNetworkSync() {
        return networkSync;
    }

    public void setNetworkSync(NetworkSync networkSync) {
        this.networkSync = networkSync;
    }

    public OpenStackNetworks getOpenstackNetworks() {
        return openstackNetworks;
    }

    public void setOpenstackNetworks(OpenStackNetworks openstackNetworks) {
        this.openstackNetworks = openstackNetworks;
    }

    public ProviderConnectivity getProviderConnectivity() {
        return providerConnectivity;
    }

    public void setProviderConnectivity(ProviderConnectivity providerConnectivity) {
        this.providerConnectivity = providerConnectivity;
    }

    public Job getJob() {
        return job;
    }

    public void setJob(Job job) {
        this.job = job;
    }

    public Vm getVm() {
        return vm;
    }

    public void setVm(Vm vm) {
        this.vm = vm;
    }

    public Host getHost() {
        return host;
    }

    public void setHost(Host host) {
        this.host = host;
    }

    public OpenStackNetwork getOpenstackNetwork() {
        return openstackNetwork;
    }

    public void setOpenstackNetwork(OpenStackNetwork openstackNetwork) {
        this.openstackNetwork = openstackNetwork;
    }

    public OpenStackPorts getOpenstackPorts() {
        return openstackPorts;
    }

    public void setOpenstackPorts(OpenStackPorts openstackPorts) {
        this.openstackPorts = openstackPorts;
    }

    public static Action complete() {
        Action action = new Action();
        action.setStatus("complete");
        return action;
    }

    public static Action failed(Fault fault) {
        Action action = new Action();
        action.setStatus("failed");
        action.setFault(fault);
        return action;
    }
}
