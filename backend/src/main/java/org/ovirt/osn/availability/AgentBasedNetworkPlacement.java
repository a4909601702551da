package org.ovirt.osn.availability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.Host;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.ProviderNetworkPlacement;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.engine.VnicProfile;
import org.ovirt.osn.provisioning.PortTarget;
import org.ovirt.osn.provisioning.ProvidingNetworks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link ProviderNetworkPlacement} from the providers' agents ({@link ProviderNetworkAvailability}). */
@ApplicationScoped
public class AgentBasedNetworkPlacement implements ProviderNetworkPlacement {

    private static final System.Logger LOG = System.getLogger(AgentBasedNetworkPlacement.class.getName());

    private VmInventory vms;
    private EngineInventory inventory;
    private ProvidingNetworks providing;
    private ProviderNetworkAvailability availability;

    protected AgentBasedNetworkPlacement() {
        // for CDI proxies
    }

    @Inject
    public AgentBasedNetworkPlacement(VmInventory vms, EngineInventory inventory, ProvidingNetworks providing,
                                      ProviderNetworkAvailability availability) {
        this.vms = vms;
        this.inventory = inventory;
        this.providing = providing;
        this.availability = availability;
    }

    @Override
    public Optional<MissingNetwork> missingOn(UUID vmId, Host host) {
        for (Map.Entry<LogicalNetwork, PortTarget> needed : providerNetworksOf(vmId).entrySet()) {
            PortTarget target = needed.getValue();
            HostAvailability on;
            try {
                on = availability.onHost(target.providerId(), target.networkExternalId(), host);
            } catch (CommandFailedException e) {
                // the run asks the provider again for the ports and fails there, naming the cause
                LOG.log(System.Logger.Level.WARNING, "Cannot tell whether host {0} has network {1}: {2}",
                        host.name(), needed.getKey().name(), e.getMessage());
                continue;
            }
            if (!on.available()) {
                return Optional.of(new MissingNetwork(needed.getKey().name(),
                        availability.providerName(target.providerId()), on.reason()));
            }
        }
        return Optional.empty();
    }

    /** The engine networks of the VM's plugged vNICs that a provider provides, once each, in vNIC order. */
    private Map<LogicalNetwork, PortTarget> providerNetworksOf(UUID vmId) {
        Map<LogicalNetwork, PortTarget> networks = new LinkedHashMap<>();
        for (VmNic nic : vms.nicsOf(vmId)) {
            if (!nic.plugged() || nic.vnicProfileId() == null) {
                continue;
            }
            inventory.vnicProfile(nic.vnicProfileId()).map(VnicProfile::networkId).flatMap(inventory::network)
                    .ifPresent(network -> providing.targetOf(network.id())
                            .ifPresent(target -> networks.putIfAbsent(network, target)));
        }
        return networks;
    }
}
