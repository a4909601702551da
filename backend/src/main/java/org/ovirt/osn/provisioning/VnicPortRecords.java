package org.ovirt.osn.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.dal.port.PortIntentDao;
import org.ovirt.osn.dal.port.PortIntentEntity;
import org.ovirt.osn.dal.port.VnicPortDao;
import org.ovirt.osn.dal.port.VnicPortEntity;
import org.ovirt.osn.dal.port.VnicPortState;
import org.ovirt.osn.engine.ConnectionDetails;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The module's record of provisioned ports ({@code osn_vnic_port}) and the release of a recorded port: the row goes
 * and the port is handed to the {@link PortReleaseQueue}, in the caller's transaction. Also the open intents to
 * create ports ({@code osn_port_intent}, opened by {@link PortIntents}) as the flows see them in their transaction:
 * read, closed with the record, and, when the vNIC goes, closed with a release of whatever port they may stand for.
 */
@ApplicationScoped
public class VnicPortRecords {

    private VnicPortDao dao;
    private PortIntentDao intents;
    private PortReleaseQueue releases;

    protected VnicPortRecords() {
        // for CDI proxies
    }

    @Inject
    public VnicPortRecords(VnicPortDao dao, PortIntentDao intents, PortReleaseQueue releases) {
        this.dao = dao;
        this.intents = intents;
        this.releases = releases;
    }

    public Optional<VnicPortEntity> ofVnic(UUID vnicId) {
        return dao.findByVnic(vnicId);
    }

    public Map<UUID, VnicPortEntity> ofVnics(Collection<UUID> vnicIds) {
        return dao.findByVnics(vnicIds).stream().collect(Collectors.toMap(VnicPortEntity::getVnicId,
                Function.identity()));
    }

    public List<VnicPortEntity> ofVm(UUID vmId) {
        return dao.findByVm(vmId);
    }

    /** Records the port as active on a host, with the connection details handed out for it. */
    public void recordActive(UUID vmId, UUID vnicId, UUID providerId, String networkExternalId, String hostBinding,
                             ConnectionDetails details, VnicPortEntity existing) {
        VnicPortEntity row = existing != null ? existing : new VnicPortEntity();
        row.setVnicId(vnicId);
        row.setVmId(vmId);
        row.setProviderId(providerId);
        row.setPortId(details.portId());
        row.setNetworkExternalId(networkExternalId);
        row.setHostBinding(hostBinding);
        row.setState(VnicPortState.ACTIVE);
        row.setProviderType(details.providerType());
        row.setPluginType(details.pluginType());
        row.setSecurityGroups(String.join(",", details.securityGroups()));
        if (existing == null) {
            dao.save(row);
        }
    }

    /** The providers on which each of these vNICs has an open intent; vNICs without one are left out. */
    public Map<UUID, Set<UUID>> openIntents(Collection<UUID> vnicIds) {
        return intents.findByVnics(vnicIds).stream().collect(Collectors.groupingBy(PortIntentEntity::getVnicId,
                Collectors.mapping(PortIntentEntity::getProviderId, Collectors.toSet())));
    }

    /** The ports of these vNICs on this provider are recorded now: their intents are closed with the record. */
    public void closeIntents(UUID providerId, Collection<UUID> vnicIds) {
        intents.closeOnProvider(providerId, vnicIds);
    }

    /**
     * The vNIC goes: a port its open intents may stand for (created, never recorded) is released by device id on
     * each of their providers, and the intents are closed.
     */
    public void releaseIntentsOfVnic(UUID vnicId, String vnicName, String vmName) {
        List<PortIntentEntity> open = intents.findByVnics(List.of(vnicId));
        if (!open.isEmpty()) {
            releaseByDevice(open, id -> vnicName, vmName);
            intents.closeOfVnic(vnicId);
        }
    }

    /** As {@link #releaseIntentsOfVnic}, for every vNIC of a VM that goes. */
    public void releaseIntentsOfVm(UUID vmId, Function<UUID, String> vnicNames, String vmName) {
        List<PortIntentEntity> open = intents.findByVm(vmId);
        if (!open.isEmpty()) {
            releaseByDevice(open, vnicNames, vmName);
            intents.closeOfVm(vmId);
        }
    }

    private void releaseByDevice(List<PortIntentEntity> open, Function<UUID, String> vnicNames, String vmName) {
        Set<String> released = new HashSet<>();
        for (PortIntentEntity intent : open) {
            if (released.add(intent.getProviderId() + "/" + intent.getVnicId())) {
                releases.enqueue(new PortRelease(intent.getProviderId(), null, intent.getVnicId(),
                        vnicNames.apply(intent.getVnicId()), vmName));
            }
        }
    }

    /** Writes pending changes now, so that a clash shows while the caller can still compensate. */
    public void flush() {
        dao.flush();
    }

    public void markState(VnicPortEntity row, VnicPortState state) {
        row.setState(state);
    }

    /** Removes the row and enqueues the deletion of its port (after commit, retried until the provider confirms). */
    public void release(VnicPortEntity row, String vnicName, String vmName) {
        dao.removeByVnic(row.getVnicId());
        releases.enqueue(new PortRelease(row.getProviderId(), row.getPortId(), row.getVnicId(), vnicName, vmName));
    }

    /** The connection details last handed out for the row's port. */
    public static ConnectionDetails detailsOf(VnicPortEntity row) {
        String groups = row.getSecurityGroups();
        return new ConnectionDetails(row.getPortId(), row.getProviderType(), row.getPluginType(),
                groups == null || groups.isEmpty() ? List.of() : Arrays.asList(groups.split(",")));
    }
}
