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
