// Orphan ports as the tab shows them: the engine's ports on the provider whose vNIC is gone, each with the name of
// its provider network when the Networks list knows it.

import { listOf } from '../../utils/fetch.js';

export function orphanPortRows(answer, networkNames = new Map()) {
  return listOf(answer, 'openstack_port').map((p) => {
    const networkId = p.openstack_network && p.openstack_network.id;
    return {
      id: p.id,
      name: p.name || '',
      mac: (p.mac && p.mac.address) || '',
      deviceId: p.device_id || '',
      status: p.status || '',
      networkId: networkId || '',
      networkName: (networkId && networkNames.get(networkId)) || networkId || '',
    };
  }).sort((a, b) => a.networkName.localeCompare(b.networkName) || a.mac.localeCompare(b.mac));
}

/** The reconcile action's answer: the ports it queued (or would queue, in a dry run). */
export function reconciledPorts(action, networkNames) {
  return orphanPortRows(action && action.openstack_ports, networkNames);
}
