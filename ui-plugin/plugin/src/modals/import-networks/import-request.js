// The import dialog's choice as the engine's requests: one network through the single import, several through
// the bulk import job.

export function singleImportBody({ dataCenterId, publicUse, attachToAllClusters }) {
  return {
    data_center: { id: dataCenterId },
    public_use: publicUse,
    attach_to_all_clusters: attachToAllClusters,
  };
}

export function bulkImportBody({ dataCenterId, providerNetworkIds, publicUse, attachToAllClusters }) {
  return {
    data_center: { id: dataCenterId },
    openstack_networks: { openstack_network: providerNetworkIds.map((id) => ({ id })) },
    public_use: publicUse,
    attach_to_all_clusters: attachToAllClusters,
  };
}

export function linkBody(networkId) {
  return { network: { id: networkId } };
}

/**
 * The engine networks a provider network can be linked to: those the provider does not provide yet (the engine
 * refuses a second link from the same provider), by name.
 */
export function linkableNetworks(engineNetworks, providerId) {
  return engineNetworks
    .filter((n) => !providersOf(n).includes(providerId))
    .map((n) => ({ id: n.id, label: providersOf(n).length ? `${n.name} (already provided by another provider)`
      : n.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

function providersOf(network) {
  const providedBy = network.provided_by && network.provided_by.openstack_network;
  const list = Array.isArray(providedBy) ? providedBy : providedBy ? [providedBy] : [];
  const ids = list.map((n) => n.openstack_network_provider && n.openstack_network_provider.id).filter(Boolean);
  if (!ids.length && network.external_provider && network.external_provider.id) {
    ids.push(network.external_provider.id);
  }
  return ids;
}
