/**
 * Where a provider network can be plugged, host by host (the seed's "possible" capability): what the provider's agents
 * report ({@link org.ovirt.osn.availability.AgentsView}, cached briefly per provider by
 * {@link org.ovirt.osn.availability.AgentsViews}), the rule that matches a network's segments against a host's agents
 * ({@link org.ovirt.osn.availability.AvailabilityRule}), and the engine-facing
 * {@link org.ovirt.osn.availability.ProviderNetworkAvailability} that answers for an engine host. A provider that
 * reports no L2 agent keeps oVirt's assumption: its networks are available on every host.
 */
package org.ovirt.osn.availability;
