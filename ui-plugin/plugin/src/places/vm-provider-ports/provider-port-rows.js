// What the "Provider ports" detail place shows of a VM's vNICs: one row per vNIC that has a provider port.

import { listOf } from '../../utils/fetch.js';

/** The answer of GET /vms/{id}/nics → rows of the vNICs with a provider port, in the engine's order. */
export function providerPortRows(nicsAnswer) {
  return listOf(nicsAnswer, 'nic').filter((nic) => nic.provider_port && nic.provider_port.id).map((nic) => {
    const port = nic.provider_port;
    const groups = Array.isArray(port.security_groups) ? port.security_groups
      : port.security_groups ? [port.security_groups] : [];
    return {
      nicId: nic.id,
      nicName: nic.name,
      portId: port.id,
      providerId: port.openstack_network_provider?.id ?? '',
      providerType: port.provider_type ?? '',
      pluginType: port.plugin_type ?? '',
      securityGroups: groups.map((g) => (typeof g === 'object' && g !== null ? g.id ?? g.name ?? '' : String(g))),
      hostBinding: port.host_binding ?? '',
      state: port.state ?? '',
    };
  });
}
