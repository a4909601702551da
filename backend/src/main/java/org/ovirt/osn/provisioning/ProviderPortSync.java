package org.ovirt.osn.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.config.OsnConfiguration;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.PortFilter;
import org.ovirt.osn.provider.PortSpec;
import org.ovirt.osn.provider.PortUpdate;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.ProviderPort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Brings the ports of one VM's vNICs on one provider to where they must be, in as few round trips as the provider
 * allows: one lookup by device id for the vNICs that may have a port there, one bulk create for the missing ones, and
 * an update only for a port whose binding, MAC or (unless ignored) security groups differ. If anything fails, the
 * ports this call created are deleted before the failure is thrown; ports that existed before keep whatever they had.
 * A port the provider could not bind to the host ({@code binding_failed}) is a failure too. Stateless and thread-safe.
 *
 * <p>Which vNICs may have a port is the module's own knowledge: a recorded port, or an open intent ({@link
 * PortIntents}). Every create is preceded by a committed intent for its vNICs, and the intent is closed only with the
 * port's record (or once the ports it created are deleted again), so a port that exists without a record always has
 * an open intent. A vNIC with neither is not looked up: its first run costs the bulk create alone.
 */
@ApplicationScoped
public class ProviderPortSync {

    private static final System.Logger LOG = System.getLogger(ProviderPortSync.class.getName());

    private String deviceOwner;
    private LeftPortAudit leftPorts;
    private PortIntents intents;

    protected ProviderPortSync() {
        // for CDI proxies
    }

    @Inject
    public ProviderPortSync(OsnConfiguration configuration, LeftPortAudit leftPorts, PortIntents intents) {
        this(configuration.portDeviceOwner(), leftPorts, intents);
    }

    public ProviderPortSync(String deviceOwner, LeftPortAudit leftPorts, PortIntents intents) {
        this.deviceOwner = deviceOwner;
        this.leftPorts = leftPorts;
        this.intents = intents;
    }

    /**
     * What the caller must know to compensate: the ports of every request, in order, and which were created.
     *
     * @param attemptId the intents opened for the creates, or null when nothing was created
     */
    record Outcome(List<ProvisionedPort> ports, UUID attemptId) {
        List<ProviderPort> created() {
            return ports.stream().filter(ProvisionedPort::created).map(ProvisionedPort::port).toList();
        }
    }

    /**
     * @param requests             the vNICs, all on this provider
     * @param ignoreSecurityGroups after a migration only the binding moves (as the oVirt engine)
     * @throws CommandFailedException naming the vNICs and the provider, after deleting what this call created
     */
    Outcome sync(NetworkProvider provider, NetworkProviderProxy proxy, List<VnicPortRequest> requests,
                 String hostBinding, boolean ignoreSecurityGroups, String vmName) {
        Map<String, ProviderPort> existing = new HashMap<>(existingPorts(provider, proxy, requests, vmName));
        List<VnicPortRequest> missing = missing(requests, existing);
        UUID attempt = missing.isEmpty() ? null : intents.open(missing.get(0).nic().vmId(), provider.id(),
                missing.stream().map(r -> r.nic().id()).toList());
        List<ProviderPort> created = null;
        try {
            for (boolean mayAdopt = true; created == null; mayAdopt = false) {
                try {
                    created = create(proxy, missing, hostBinding);
                } catch (ProviderException e) {
                    if (!mayAdopt || !adoptUnrecorded(provider, proxy, missing, e, existing, vmName)) {
                        throw failure(provider, missing, e, vmName);
                    }
                    missing = missing(requests, existing);
                }
            }
            requireBound(provider, missing, created, hostBinding, vmName);
            Map<String, ProviderPort> createdByDevice = created.stream()
                    .collect(Collectors.toMap(ProviderPort::deviceId, p -> p, (a, b) -> a));
            List<ProvisionedPort> result = new ArrayList<>(requests.size());
            for (VnicPortRequest request : requests) {
                String device = request.nic().id().toString();
                ProviderPort port = createdByDevice.get(device);
                if (port != null) {
                    result.add(new ProvisionedPort(request, port, true));
                } else {
                    result.add(new ProvisionedPort(request, update(provider, proxy, request, existing.get(device),
                            hostBinding, ignoreSecurityGroups, vmName), false));
                }
            }
            return new Outcome(result, attempt);
        } catch (RuntimeException failure) {
            // without an answer to the create its ports may exist: the intent stays open for the next run to look
            if (created != null && deleteAfterFailure(provider, proxy, created, failure) && attempt != null) {
                closeAttempt(attempt, failure);
            }
            throw failure;
        }
    }

    private static List<VnicPortRequest> missing(List<VnicPortRequest> requests, Map<String, ProviderPort> existing) {
        return requests.stream().filter(r -> !existing.containsKey(r.nic().id().toString())).toList();
    }

    /**
     * A MAC refused as taken may be a port the module never recorded nor intended: one made for the vNIC before the
     * module kept its records (by the oVirt engine, or by a version before the intents). Such ports are looked up
     * now, by the device ids of the vNICs that were not looked up, and adopted.
     *
     * @return whether any was adopted (into {@code existing}); false leaves the refusal as it was
     */
    private boolean adoptUnrecorded(NetworkProvider provider, NetworkProviderProxy proxy,
                                    List<VnicPortRequest> missing, ProviderException refusal,
                                    Map<String, ProviderPort> existing, String vmName) {
        if (refusal.code() != ProviderErrorCode.CONFLICT || !"MacAddressInUse".equals(refusal.providerErrorType())) {
            return false;
        }
        Map<String, VnicPortRequest> unknown = missing.stream().filter(r -> !r.mayHavePort())
                .collect(Collectors.toMap(r -> r.nic().id().toString(), r -> r, (a, b) -> a, LinkedHashMap::new));
        if (unknown.isEmpty()) {
            return false;
        }
        List<ProviderPort> found;
        try {
            found = proxy.findPorts(PortFilter.byDeviceIds(unknown.keySet()).andDeviceOwner(deviceOwner)).toList();
        } catch (ProviderException e) {
            e.addSuppressed(refusal);
            throw failure(provider, List.copyOf(unknown.values()), e, vmName);
        }
        int adopted = 0;
        for (ProviderPort port : found) {
            VnicPortRequest request = unknown.get(port.deviceId());
            if (request != null && request.target().networkExternalId().equals(port.networkId())
                    && existing.putIfAbsent(port.deviceId(), port) == null) {
                adopted++;
            }
        }
        if (adopted > 0) {
            LOG.log(System.Logger.Level.INFO, "Adopted {0} port(s) of VM {1} on provider {2} that the module had not"
                    + " recorded", adopted, vmName, provider.name());
        }
        return adopted > 0;
    }

    private void closeAttempt(UUID attempt, RuntimeException failure) {
        try {
            intents.closeAttempt(attempt);
        } catch (RuntimeException e) {
            // only costs a lookup on the next run
            LOG.log(System.Logger.Level.DEBUG, "Could not close port intent attempt {0}: {1}", attempt,
                    e.getMessage());
            failure.addSuppressed(e);
        }
    }

    /**
     * One GET for all the vNICs that may have a port, none when no vNIC may, and a GET by id for a recorded port the
     * filter did not return (a provider may filter on fewer values than asked). A port is only ever taken for the vNIC
     * that is its device; a port on another network is the old port of a moved vNIC, awaiting release.
     */
    private Map<String, ProviderPort> existingPorts(NetworkProvider provider, NetworkProviderProxy proxy,
                                                    List<VnicPortRequest> requests, String vmName) {
        Map<String, VnicPortRequest> byDevice = requests.stream().filter(VnicPortRequest::mayHavePort)
                .collect(Collectors.toMap(r -> r.nic().id().toString(), r -> r, (a, b) -> a, LinkedHashMap::new));
        if (byDevice.isEmpty()) {
            return Map.of();
        }
        List<ProviderPort> found;
        try {
            found = proxy.findPorts(PortFilter.byDeviceIds(byDevice.keySet()).andDeviceOwner(deviceOwner)).toList();
        } catch (ProviderException e) {
            throw failure(provider, List.copyOf(byDevice.values()), e, vmName);
        }
        Map<String, ProviderPort> existing = new HashMap<>();
        for (ProviderPort port : found) {
            VnicPortRequest request = byDevice.get(port.deviceId());
            if (request == null || !request.target().networkExternalId().equals(port.networkId())) {
                continue;
            }
            // two ports for one vNIC (left by a crash elsewhere): the recorded one wins; the other is an orphan
            existing.merge(port.deviceId(), port, (a, b) -> b.id().equals(request.knownPortId()) ? b : a);
        }
        for (VnicPortRequest request : byDevice.values()) {
            ProviderPort byFilter = existing.get(request.nic().id().toString());
            if (request.knownPortId() != null && (byFilter == null || !byFilter.id().equals(request.knownPortId()))) {
                recordedPort(provider, proxy, request, vmName)
                        .ifPresent(port -> existing.put(request.nic().id().toString(), port));
            }
        }
        return existing;
    }

    private static Optional<ProviderPort> recordedPort(NetworkProvider provider, NetworkProviderProxy proxy,
                                                       VnicPortRequest request, String vmName) {
        try {
            return proxy.getPort(request.knownPortId())
                    .filter(port -> request.nic().id().toString().equals(port.deviceId())
                            && request.target().networkExternalId().equals(port.networkId()));
        } catch (ProviderException e) {
            throw failure(provider, List.of(request), e, vmName);
        }
    }

    private List<ProviderPort> create(NetworkProviderProxy proxy, List<VnicPortRequest> missing,
                                      String hostBinding) {
        if (missing.isEmpty()) {
            return List.of();
        }
        List<PortSpec> specs = missing.stream().map(r -> PortSpec.on(r.target().networkExternalId())
                .withName(r.nic().name())
                .withMacAddress(r.nic().macAddress())
                .withDevice(r.nic().id().toString(), deviceOwner)
                .withHostBinding(hostBinding)
                .withSecurityGroups(r.securityGroups())).toList();
        return proxy.createPorts(specs);
    }

    /** Checked once the created ports are known to the caller, so that its cleanup deletes them all. */
    private static void requireBound(NetworkProvider provider, List<VnicPortRequest> missing,
                                     List<ProviderPort> created, String hostBinding, String vmName) {
        for (int i = 0; i < created.size(); i++) {
            if (created.get(i).bindingFailed()) {
                throw bindingFailed(provider, missing.get(i), hostBinding, vmName);
            }
        }
    }

    private ProviderPort update(NetworkProvider provider, NetworkProviderProxy proxy, VnicPortRequest request,
                                ProviderPort port, String hostBinding, boolean ignoreSecurityGroups, String vmName) {
        boolean hostChanged = keepsBinding(port) && !hostBinding.equals(port.hostBinding());
        boolean macChanged = !request.nic().macAddress().equalsIgnoreCase(Objects.toString(port.macAddress(), ""));
        boolean groupsChanged = !ignoreSecurityGroups && request.securityGroups() != null
                && !new HashSet<>(request.securityGroups()).equals(
                new HashSet<>(port.securityGroups() == null ? List.of() : port.securityGroups()));
        if (!hostChanged && !macChanged && !groupsChanged && !port.bindingFailed()) {
            return port;
        }
        try {
            if (macChanged && port.hostBinding() != null && !port.hostBinding().isEmpty()) {
                // Neutron refuses a MAC change on a bound port (PortBound): unbind first
                proxy.updatePort(port.id(), PortUpdate.none().withHostBinding(""));
            }
            PortUpdate update = PortUpdate.none().withHostBinding(hostBinding);
            if (macChanged) {
                update = update.withMacAddress(request.nic().macAddress());
            }
            if (groupsChanged) {
                update = update.withSecurityGroups(request.securityGroups());
            }
            ProviderPort updated = proxy.updatePort(port.id(), update);
            if (updated.bindingFailed()) {
                throw bindingFailed(provider, request, hostBinding, vmName);
            }
            return updated;
        } catch (ProviderException e) {
            throw failure(provider, List.of(request), e, vmName);
        }
    }

    /**
     * Whether the provider keeps the port's binding. One without the port binding extension (ovirt-provider-ovn,
     * unless configured to keep {@code binding:host_id}) reports neither a host nor a {@code binding:vif_type} and
     * drops the host it is sent: asking it again would send an update on every run and migration, for nothing. A
     * provider with the extension always reports a vif type, {@code unbound} for a port it holds unbound.
     */
    private static boolean keepsBinding(ProviderPort port) {
        return port.vifType() != null || (port.hostBinding() != null && !port.hostBinding().isEmpty());
    }

    /** @return whether every created port is gone again */
    private boolean deleteAfterFailure(NetworkProvider provider, NetworkProviderProxy proxy,
                                       List<ProviderPort> created, RuntimeException failure) {
        boolean allGone = true;
        for (ProviderPort port : created) {
            try {
                proxy.deletePort(port.id());
            } catch (RuntimeException cleanup) {
                allGone = false;
                failure.addSuppressed(cleanup);
                leftPorts.report(provider, port, cleanup);
            }
        }
        return allGone;
    }

    private static CommandFailedException bindingFailed(NetworkProvider provider, VnicPortRequest request,
                                                        String hostBinding, String vmName) {
        return new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_VNIC_PORT_BINDING_FAILED, Map.of(
                "VmName", vmName, "VmNicName", request.nic().name(), "ProviderName", provider.name(),
                "HostBinding", hostBinding), null);
    }

    /** A provider failure, told in terms of the vNICs: which ones, on which provider, and why. */
    static CommandFailedException failure(NetworkProvider provider, List<VnicPortRequest> requests,
                                          ProviderException e, String vmName) {
        if (e.code() == ProviderErrorCode.CONFLICT && "MacAddressInUse".equals(e.providerErrorType())) {
            String message = Objects.toString(e.getMessage(), "").toLowerCase(Locale.ROOT);
            VnicPortRequest culprit = requests.stream()
                    .filter(r -> message.contains(r.nic().macAddress().toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(requests.get(0));
            return new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_VNIC_PORT_MAC_IN_USE, Map.of(
                    "VmName", vmName, "VmNicName", culprit.nic().name(), "MacAddress", culprit.nic().macAddress(),
                    "ProviderName", provider.name(), "ExternalNetworkId", culprit.target().networkExternalId()), e);
        }
        return new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_VNIC_PORT_PROVISIONING, Map.of(
                "VmName", vmName,
                "VmNicNames", requests.stream().map(r -> r.nic().name()).collect(Collectors.joining(", ")),
                "ProviderName", provider.name(), "Detail", e.describe()), e);
    }
}
