package org.ovirt.osn.restapi.mapping;

import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.engine.VmStatus;
import org.ovirt.osn.query.VnicPort;
import org.ovirt.osn.restapi.model.Action;
import org.ovirt.osn.restapi.model.Cluster;
import org.ovirt.osn.restapi.model.Host;
import org.ovirt.osn.restapi.model.Link;
import org.ovirt.osn.restapi.model.Mac;
import org.ovirt.osn.restapi.model.Nic;
import org.ovirt.osn.restapi.model.OpenStackNetwork;
import org.ovirt.osn.restapi.model.OpenStackNetworkProvider;
import org.ovirt.osn.restapi.model.ProviderPort;
import org.ovirt.osn.restapi.model.Vm;
import org.ovirt.osn.restapi.model.VnicProfile;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** VMs and vNICs between the oVirt-shaped REST model and the engine records. */
public final class VmMapper {

    private VmMapper() {
    }

    /** {@code status} in lower case as oVirt's; {@code host} only while the VM runs. */
    public static Vm toModel(org.ovirt.osn.engine.Vm vm, String base) {
        Vm m = reference(new Vm(), vm.id(), base + "/vms/");
        m.setName(vm.name());
        m.setDescription(vm.description());
        m.setCluster(reference(new Cluster(), vm.clusterId(), base + "/clusters/"));
        m.setStatus(vm.status().name().toLowerCase(Locale.ROOT));
        if (vm.runOnHostId() != null) {
            m.setHost(reference(new Host(), vm.runOnHostId(), base + "/hosts/"));
        }
        m.setLink(List.of(new Link("nics", m.getHref() + "/nics")));
        return m;
    }

    /** No {@code vnic_profile} for the empty profile. */
    public static Nic toModel(VmNic nic, String base) {
        Nic m = reference(new Nic(), nic.id(), base + "/vms/" + nic.vmId() + "/nics/");
        m.setName(nic.name());
        m.setVm(reference(new Vm(), nic.vmId(), base + "/vms/"));
        m.setMac(new Mac(nic.macAddress()));
        if (nic.vnicProfileId() != null) {
            m.setVnicProfile(reference(new VnicProfile(), nic.vnicProfileId(), base + "/vnicprofiles/"));
        }
        m.setPlugged(nic.plugged());
        m.setLinked(nic.linked());
        return m;
    }

    /** A new VM, down, in the cluster the body names (resolved by the caller). */
    public static org.ovirt.osn.engine.Vm toNewVm(Vm m, UUID clusterId) {
        return new org.ovirt.osn.engine.Vm(null, m.getName(), m.getDescription(), clusterId, VmStatus.DOWN, null);
    }

    /**
     * A new vNIC: no {@code mac} means one from the MAC pool, no {@code vnic_profile} (or one without id) the empty
     * profile; {@code plugged} and {@code linked} default to true, as oVirt's.
     */
    public static VmNic toNewNic(Nic m, UUID vmId) {
        return new VmNic(null, vmId, m.getName(), macOf(m), profileOf(m, null),
                m.getPlugged() == null || m.getPlugged(), m.getLinked() == null || m.getLinked());
    }

    /**
     * The stored vNIC with what the request gives; what it leaves out stays. {@code <vnic_profile/>} without an id
     * empties the profile. {@code plugged} is left to the activate and deactivate actions.
     */
    public static VmNic applyUpdate(VmNic current, Nic m) {
        if (m.getPlugged() != null && m.getPlugged() != current.plugged()) {
            throw new InvalidRepresentationException(
                    "plugged cannot change in an update; use the activate or deactivate action");
        }
        String mac = macOf(m);
        return new VmNic(current.id(), current.vmId(), m.getName() != null ? m.getName() : current.name(),
                mac != null ? mac : current.macAddress(),
                m.getVnicProfile() == null ? current.vnicProfileId() : profileOf(m, current.vnicProfileId()),
                current.plugged(), m.getLinked() != null ? m.getLinked() : current.linked());
    }

    /**
     * The host an action names: {@code <host id/>} directly in the action (this API's simpler form), or oVirt's
     * {@code <vm><placement_policy><hosts><host id/></hosts></placement_policy></vm>} (its first host); null for
     * none. A host id that is no UUID names no host: the caller answers 404.
     *
     * @return the id as given, or null
     */
    public static String hostIdOf(Action action) {
        if (action == null) {
            return null;
        }
        if (action.getHost() != null) {
            return action.getHost().getId();
        }
        Vm vm = action.getVm();
        if (vm == null || vm.getPlacementPolicy() == null || vm.getPlacementPolicy().getHosts() == null
                || vm.getPlacementPolicy().getHosts().getHost().isEmpty()) {
            return null;
        }
        return vm.getPlacementPolicy().getHosts().getHost().get(0).getId();
    }

    /** A vNIC with its provider port, when it has one (read only: an update ignores it). */
    public static Nic toModel(VmNic nic, VnicPort port, String base) {
        Nic m = toModel(nic, base);
        if (port != null) {
            m.setProviderPort(toModel(port, base));
        }
        return m;
    }

    static ProviderPort toModel(VnicPort port, String base) {
        ProviderPort m = new ProviderPort();
        m.setId(port.details().portId());
        String provider = base + "/openstacknetworkproviders/" + port.providerId();
        OpenStackNetworkProvider providerRef = new OpenStackNetworkProvider();
        providerRef.setId(port.providerId().toString());
        providerRef.setHref(provider);
        m.setOpenstackNetworkProvider(providerRef);
        OpenStackNetwork network = new OpenStackNetwork();
        network.setId(port.networkExternalId());
        network.setHref(provider + "/networks/" + port.networkExternalId());
        m.setOpenstackNetwork(network);
        m.setProviderType(port.details().providerType());
        m.setPluginType(port.details().pluginType().isEmpty() ? null : port.details().pluginType());
        m.setSecurityGroups(port.details().securityGroups().isEmpty() ? null : port.details().securityGroups());
        m.setHostBinding(port.hostBinding());
        m.setState(port.state().toLowerCase(Locale.ROOT));
        return m;
    }

    private static String macOf(Nic m) {
        return m.getMac() == null ? null : m.getMac().getAddress();
    }

    private static UUID profileOf(Nic m, UUID ifNone) {
        if (m.getVnicProfile() == null) {
            return ifNone;
        }
        String id = m.getVnicProfile().getId();
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            // an id that is no UUID names no profile: the same 404 as an unknown one
            throw new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_DOESNT_EXIST,
                    Map.of("Action", "use", "Type", "vNIC", "VnicProfile", id), e);
        }
    }

    private static <T extends org.ovirt.osn.restapi.model.BaseResource> T reference(T m, UUID id, String prefix) {
        m.setId(id.toString());
        m.setHref(prefix + id);
        return m;
    }
}
