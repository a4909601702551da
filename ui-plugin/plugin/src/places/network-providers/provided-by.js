// What the "External providers" detail place shows of an engine network: the provider networks that provide it.

import { listOf } from '../../utils/fetch.js';

/** GET /networks/{id} and the providers list → [{providerId, providerName, providerUrl, providerNetworkId}]. */
export function providedByRows(network, providersAnswer) {
  const providers = new Map(listOf(providersAnswer, 'openstack_network_provider').map((p) => [p.id, p]));
  return listOf(network && network.provided_by, 'openstack_network').map((providerNetwork) => {
    const providerId = providerNetwork.openstack_network_provider?.id ?? '';
    const provider = providers.get(providerId);
    return { providerId, providerName: provider?.name ?? providerId, providerUrl: provider?.url ?? '',
      providerNetworkId: providerNetwork.id ?? '' };
  });
}
