// The provider networks an engine network can be linked to: not the ones already in its data center (the engine
// refuses a provider network twice in one data center, which covers the ones that provide it already).

import { listOf } from '../../utils/fetch.js';

export function linkCandidates(providerNetworks, engineNetwork) {
  const dataCenterId = engineNetwork.data_center && engineNetwork.data_center.id;
  return providerNetworks
    .filter((n) => !listOf(n.data_centers, 'data_center').some((dc) => dc.id === dataCenterId))
    .map((n) => ({ id: n.id, name: n.name || n.id, label: `${n.name || '(no name)'} — ${n.id}` }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
