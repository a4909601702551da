// What the Networks tab shows of a provider network beyond its name: its type and segment, MTU and subnets, from
// the extension fields of the engine's <openstack_network> (missing fields: an older engine or a provider that
// reports none, shown as a dash, never guessed).

import { listOf } from '../../utils/fetch.js';

const present = (value) => value !== undefined && value !== null && value !== '';

/** "vlan 120 on physnet1", "flat on physnet2", "vxlan 5001", "geneve", or "—". */
export function segmentLabel(network) {
  const type = network.network_type;
  if (!present(type)) {
    return '—';
  }
  const parts = [type];
  // a flat network has no segment; Neutron still reports null for it
  if (present(network.segmentation_id) && type !== 'flat') {
    parts.push(String(network.segmentation_id));
  }
  if (present(network.physical_network)) {
    parts.push(`on ${network.physical_network}`);
  }
  return parts.join(' ');
}

export function mtuLabel(network) {
  return present(network.mtu) && Number(network.mtu) > 0 ? String(network.mtu) : '—';
}

/** The provider's ids of the network's subnets; null when the engine does not say (an older engine). */
export function subnetIdsOf(network) {
  if (!network.subnets) {
    return null;
  }
  return listOf(network.subnets, 'openstack_subnet').map((s) => s.id);
}

export function subnetsLabel(network) {
  const ids = subnetIdsOf(network);
  if (ids === null) {
    return '—';
  }
  return ids.length === 0 ? 'none' : `${ids.length} subnet${ids.length === 1 ? '' : 's'}`;
}
