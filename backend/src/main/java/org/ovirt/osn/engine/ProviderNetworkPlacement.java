package org.ovirt.osn.engine;

import java.util.Optional;
import java.util.UUID;

/**
 * The inbound port the engine's VM scheduling asks (oVirt: a scheduling filter, as its {@code NetworkPolicyUnit}):
 * can this host plug every provider network the VM's plugged vNICs are on? Asked before a host is chosen for a run or
 * a migration, so that a start on a host that lacks one is refused before any port is made.
 *
 * <p>Answers from what the providers last reported about their agents (kept a few seconds). A provider that reports
 * no agents counts as having its networks everywhere; one that cannot be asked right now does too (the run then fails
 * where it needs the provider, naming the failure). Thread-safe; no transaction needed.
 */
public interface ProviderNetworkPlacement {

    /** A provider network the host cannot plug, and why. */
    record MissingNetwork(String networkName, String providerName, String reason) {
    }

    /** @return the first of the VM's provider networks the host cannot plug; empty when it can plug them all */
    Optional<MissingNetwork> missingOn(UUID vmId, Host host);
}
