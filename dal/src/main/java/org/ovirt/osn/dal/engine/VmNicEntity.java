package org.ovirt.osn.dal.engine;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.UUID;

/** A vNIC of a standalone VM; no vNIC profile means the empty profile. */
@Entity
@Table(name = "engine_vm_nic")
@NamedQuery(name = VmNicEntity.FIND_BY_VM,
        query = "SELECT n FROM VmNicEntity n WHERE n.vmId = :vmId ORDER BY n.name")
@NamedQuery(name = VmNicEntity.FIND_BY_VM_AND_NAME,
        query = "SELECT n FROM VmNicEntity n WHERE n.vmId = :vmId AND n.name = :name")
@NamedQuery(name = VmNicEntity.FIND_BY_MAC, query = "SELECT n FROM VmNicEntity n WHERE n.macAddress = :mac")
@NamedQuery(name = VmNicEntity.FIND_BY_PROFILE,
        query = "SELECT n FROM VmNicEntity n WHERE n.vnicProfileId = :profileId ORDER BY n.name")
@NamedQuery(name = VmNicEntity.FIND_BY_NETWORK, query = "SELECT n FROM VmNicEntity n WHERE n.vnicProfileId IN "
        + "(SELECT p.id FROM VnicProfileEntity p WHERE p.networkId = :networkId) ORDER BY n.name")
public class VmNicEntity {

    public static final String FIND_BY_VM = "VmNic.findByVm";
    public static final String FIND_BY_VM_AND_NAME = "VmNic.findByVmAndName";
    public static final String FIND_BY_MAC = "VmNic.findByMac";
    public static final String FIND_BY_PROFILE = "VmNic.findByProfile";
    public static final String FIND_BY_NETWORK = "VmNic.findByNetwork";

    @Id
    private UUID id;

    @Column(name = "vm_id", nullable = false)
    private UUID vmId;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(name = "mac_address", nullable = false, length = 17)
    private String macAddress;

    @Column(name = "vnic_profile_id")
    private UUID vnicProfileId;

    @Column(nullable = false)
    private boolean plugged = true;

    @Column(nullable = false)
    private boolean linked = true;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public UUID getVmId() {
        return vmId;
    }

    public void setVmId(UUID vmId) {
        this.vmId = vmId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMacAddress() {
        return macAddress;
    }

    public void setMacAddress(String macAddress) {
        this.macAddress = macAddress;
    }

    public UUID getVnicProfileId() {
        return vnicProfileId;
    }

    public void setVnicProfileId(UUID vnicProfileId) {
        this.vnicProfileId = vnicProfileId;
    }

    public boolean isPlugged() {
        return plugged;
    }

    public void setPlugged(boolean plugged) {
        this.plugged = plugged;
    }

    public boolean isLinked() {
        return linked;
    }

    public void setLinked(boolean linked) {
        this.linked = linked;
    }
}
