package org.ovirt.osn.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.dal.port.VnicPortEntity;
import org.ovirt.osn.dal.port.VnicPortState;
import org.ovirt.osn.engine.ConnectionDetails;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.Host;
import org.ovirt.osn.engine.Vm;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.engine.VmNicLifecycle;
import org.ovirt.osn.engine.VnicProfile;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxies;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.ProviderTypeTraits;
import org.ovirt.osn.provider.ProviderPort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link VmNicLifecycle} over the provider proxies: groups a VM's vNICs by the provider their network is provided by
 * ({@link ProvidingNetworks}), lets {@link ProviderPortSync} bring each group's ports in line in one round, records
 * the outcome ({@link VnicPortRecords}) and arranges that the ports it created are deleted if the caller's
 * transaction rolls back ({@link TransactionCallbacks}).
 *
 * <p>The provider calls run inside the caller's transaction, so that one rollback undoes everything, whatever fails
 * and wherever: the module's rows with the engine change, the new ports by compensation. The price is a database
 * connection held while the provider answers (one bulk round per provider). The flows read before they call the
 * provider and write after, so no row lock is held meanwhile (the VM is serialised by its lease, not by the database);
 * the one exception is adding a plugged vNIC with a pool MAC to a running VM, whose MAC pool row stays locked until
 * its hot-plug commits.
 *
 * <p>The one write that cannot wait for the caller's commit is the intent to create ports ({@link PortIntents}): it is
 * committed on its own right before a create is sent, and closed with the port's record in the caller's transaction.
 * A rollback therefore leaves it open, also when the rollback's compensation deleted the ports again (the intent is
 * then closed on its own, after the rollback, if every port is known to be gone): an open intent costs the vNIC's
 * next run a lookup, and that is the safe side.
 */
@ApplicationScoped
public class ProviderVmNicLifecycle implements VmNicLifecycle {

    private VmInventory vms;
    private EngineInventory inventory;
    private ProvidingNetworks providing;
    private HostBindings hostBindings;
    private NetworkProviderRepository providers;
    private NetworkProviderProxies proxies;
    private ProviderPortSync sync;
    private VnicPortRecords records;
    private PortIntents intents;
    private TransactionCallbacks callbacks;
    private LeftPortAudit leftPorts;

    protected ProviderVmNicLifecycle() {
        // for CDI proxies
    }

    @Inject
    public ProviderVmNicLifecycle(VmInventory vms, EngineInventory inventory, ProvidingNetworks providing,
                                  HostBindings hostBindings, NetworkProviderRepository providers,
                                  NetworkProviderProxies proxies, ProviderPortSync sync, VnicPortRecords records,
                                  PortIntents intents, TransactionCallbacks callbacks, LeftPortAudit leftPorts) {
        this.vms = vms;
        this.inventory = inventory;
        this.providing = providing;
        this.hostBindings = hostBindings;
        this.providers = providers;
        this.proxies = proxies;
        this.sync = sync;
        this.records = records;
        this.intents = intents;
        this.callbacks = callbacks;
        this.leftPorts = leftPorts;
    }

    @Override
    public Map<UUID, ConnectionDetails> vmStarting(UUID vmId, UUID hostId) {
        Vm vm = vms.vm(vmId).orElseThrow(() -> new IllegalArgumentException("No VM " + vmId));
        return provision(vm, host(hostId), pluggedNics(vmId), false);
    }

    @Override
    public Optional<ConnectionDetails> vnicPlugging(UUID vnicId, UUID hostId) {
        VmNic nic = vms.nic(vnicId).orElseThrow(() -> new IllegalArgumentException("No vNIC " + vnicId));
        Vm vm = vms.vm(nic.vmId()).orElseThrow(() -> new IllegalArgumentException("No VM " + nic.vmId()));
        return Optional.ofNullable(provision(vm, host(hostId), List.of(nic), false).get(vnicId));
    }

    @Override
    public void vnicPlugFailed(UUID vnicId, boolean newVnic) {
        records.ofVnic(vnicId).ifPresent(row -> {
            if (newVnic) {
                records.release(row, nicName(vnicId), vmName(row.getVmId()));
            } else {
                records.markState(row, VnicPortState.UNPLUGGED);
            }
        });
        if (newVnic) {
            records.releaseIntentsOfVnic(vnicId, nicName(vnicId), vms.nic(vnicId).map(VmNic::vmId)
                    .map(this::vmName).orElse(null));
        }
    }

    @Override
    public void vnicUnplugged(UUID vnicId) {
        records.ofVnic(vnicId).ifPresent(row -> records.markState(row, VnicPortState.UNPLUGGED));
    }

    @Override
    public void vmStopped(UUID vmId) {
        records.ofVm(vmId).forEach(row -> records.markState(row, VnicPortState.DOWN));
    }

    @Override
    public void vmMigrated(UUID vmId, UUID destinationHostId) {
        Vm vm = vms.vm(vmId).orElseThrow(() -> new IllegalArgumentException("No VM " + vmId));
        provision(vm, host(destinationHostId), pluggedNics(vmId), true);
    }

    @Override
    public void vnicRemoving(UUID vnicId) {
        records.ofVnic(vnicId).ifPresent(row -> records.release(row, nicName(vnicId), vmName(row.getVmId())));
        records.releaseIntentsOfVnic(vnicId, nicName(vnicId), vms.nic(vnicId).map(VmNic::vmId).map(this::vmName)
                .orElse(null));
    }

    @Override
    public void vnicProfileChanging(UUID vnicId, UUID newProfileId) {
        records.ofVnic(vnicId).ifPresent(row -> {
            Optional<PortTarget> next = Optional.ofNullable(newProfileId).flatMap(inventory::vnicProfile)
                    .flatMap(profile -> providing.targetOf(profile.networkId()));
            if (!next.equals(Optional.of(targetOf(row)))) {
                records.release(row, nicName(vnicId), vmName(row.getVmId()));
            }
        });
    }

    @Override
    public void vmRemoving(UUID vmId) {
        String vmName = vmName(vmId);
        records.ofVm(vmId).forEach(row -> records.release(row, nicName(row.getVnicId()), vmName));
        records.releaseIntentsOfVm(vmId, this::nicName, vmName);
    }

    private Map<UUID, ConnectionDetails> provision(Vm vm, Host host, List<VmNic> nics, boolean ignoreSecurityGroups) {
        List<UUID> nicIds = nics.stream().map(VmNic::id).toList();
        Map<UUID, VnicPortEntity> rows = new HashMap<>(records.ofVnics(nicIds));
        Map<UUID, Set<UUID>> openIntents = records.openIntents(nicIds);
        Map<UUID, List<VnicPortRequest>> byProvider = new LinkedHashMap<>();
        for (VmNic nic : nics) {
            Optional<VnicProfile> profile = nic.vnicProfileId() == null ? Optional.empty()
                    : inventory.vnicProfile(nic.vnicProfileId());
            Optional<PortTarget> target = profile.flatMap(p -> providing.targetOf(p.networkId()));
            if (target.isEmpty()) {
                continue;
            }
            VnicPortEntity row = rows.get(nic.id());
            if (row != null && !targetOf(row).equals(target.get())) {
                // the vNIC moved to another provider network while its port stayed: that port goes
                records.release(row, nic.name(), vm.name());
                rows.remove(nic.id());
                row = null;
            }
            boolean intentOpen = openIntents.getOrDefault(nic.id(), Set.of()).contains(target.get().providerId());
            byProvider.computeIfAbsent(target.get().providerId(), id -> new ArrayList<>()).add(new VnicPortRequest(
                    nic, target.get(), SecurityGroupsProperty.of(profile.get()), row == null ? null : row.getPortId(),
                    intentOpen));
        }
        Map<UUID, ConnectionDetails> details = new LinkedHashMap<>();
        List<CreatedPorts> created = new ArrayList<>();
        try {
            for (Map.Entry<UUID, List<VnicPortRequest>> group : byProvider.entrySet()) {
                NetworkProvider provider = providers.findById(group.getKey()).orElseThrow(() ->
                        new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_DOESNT_EXIST,
                                Map.of("Action", "provision vNICs of VM " + vm.name() + " on",
                                        "ProviderId", group.getKey().toString()), null));
                ProviderTypeTraits traits = proxies.traitsOf(provider.type());
                if (!traits.managed()) {
                    // a provider that keeps no ports: the host only learns who handles the vNIC
                    group.getValue().forEach(r -> details.put(r.nic().id(), new ConnectionDetails(null,
                            traits.vnicProviderType(), provider.externalPluginType(), List.of())));
                    continue;
                }
                NetworkProviderProxy proxy = proxies.proxyFor(provider);
                String binding = hostBindings.bindingFor(host, provider);
                ProviderPortSync.Outcome outcome = sync.sync(provider, proxy, group.getValue(), binding,
                        ignoreSecurityGroups, vm.name());
                created.add(new CreatedPorts(provider, proxy, outcome.created(), outcome.attemptId()));
                for (ProvisionedPort port : outcome.ports()) {
                    ConnectionDetails connection = new ConnectionDetails(port.port().id(), traits.vnicProviderType(),
                            provider.externalPluginType(), port.port().securityGroups());
                    records.recordActive(vm.id(), port.request().nic().id(), provider.id(),
                            port.request().target().networkExternalId(), binding, connection,
                            rows.get(port.request().nic().id()));
                    details.put(port.request().nic().id(), connection);
                }
                // an attempt's intents cover every vNIC it was opened for, also those it found a port for after all
                List<UUID> withIntent = outcome.ports().stream()
                        .filter(p -> outcome.attemptId() != null || p.request().intentOpen())
                        .map(p -> p.request().nic().id()).toList();
                if (!withIntent.isEmpty()) {
                    records.closeIntents(provider.id(), withIntent);
                }
            }
            records.flush();
        } catch (RuntimeException failure) {
            // the intents stay open: this transaction may have closed them already, and waiting for it from another
            // one would never end; the next run pays a lookup
            created.forEach(c -> c.delete(failure, leftPorts));
            throw failure;
        }
        if (created.stream().anyMatch(c -> !c.ports().isEmpty())) {
            // whatever fails in the caller's transaction from here on takes the new ports with it
            callbacks.afterRollback(() -> created.forEach(c -> {
                if (c.delete(null, leftPorts) && c.attemptId() != null) {
                    intents.closeAttempt(c.attemptId());
                }
            }));
        }
        return details;
    }

    /** Ports one provider round created: what a failure or a rollback deletes again. */
    private record CreatedPorts(NetworkProvider provider, NetworkProviderProxy proxy, List<ProviderPort> ports,
                                UUID attemptId) {
        /** @return whether every port is gone again */
        boolean delete(RuntimeException failure, LeftPortAudit leftPorts) {
            boolean allGone = true;
            for (ProviderPort port : ports) {
                try {
                    proxy.deletePort(port.id());
                } catch (RuntimeException e) {
                    allGone = false;
                    if (failure != null) {
                        failure.addSuppressed(e);
                    }
                    leftPorts.report(provider, port, e);
                }
            }
            return allGone;
        }
    }

    private static PortTarget targetOf(VnicPortEntity row) {
        return new PortTarget(row.getProviderId(), row.getNetworkExternalId());
    }

    private List<VmNic> pluggedNics(UUID vmId) {
        return vms.nicsOf(vmId).stream().filter(nic -> nic.plugged() && nic.vnicProfileId() != null).toList();
    }

    private Host host(UUID hostId) {
        return inventory.host(hostId).orElseThrow(() -> new IllegalArgumentException("No host " + hostId));
    }

    private String nicName(UUID vnicId) {
        return vms.nic(vnicId).map(VmNic::name).orElse(null);
    }

    private String vmName(UUID vmId) {
        return vms.vm(vmId).map(Vm::name).orElse(null);
    }
}
