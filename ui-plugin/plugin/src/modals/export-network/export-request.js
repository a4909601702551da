// The export dialog's choice as the engine's "create on external provider" request: POST /networks with
// <external_provider id/>. A physical network is a network of the same data center: without a VLAN the provider
// network is flat on it, with one it is a VLAN network with that VLAN (the engine decides, the dialog says it).

import { subnetBody, validateSubnet } from '../subnets/subnet-model.js';

/** What the physical network choice makes of the provider network, for the dialog's helper text. */
export function physicalNetworkEffect(network) {
  if (!network) {
    return 'The provider\'s default network type (e.g. an overlay).';
  }
  const physnet = network.vdsm_name || network.name;
  return network.vlan && network.vlan.id !== undefined && network.vlan.id !== null
    ? `A VLAN network, VLAN ${network.vlan.id} on physical network ${physnet}.`
    : `A flat network on physical network ${physnet}.`;
}

export function physicalNetworkLabel(network) {
  const vlan = network.vlan && network.vlan.id !== undefined && network.vlan.id !== null ? `VLAN ${network.vlan.id}`
    : 'flat';
  return `${network.name} (${vlan})`;
}

/** @returns {string[]} what to correct before anything is sent */
export function validateExport(values) {
  const problems = [];
  if (!values.name.trim()) {
    problems.push('Name is required.');
  }
  if (!values.dataCenterId) {
    problems.push('Pick a data center.');
  }
  if (values.mtu.trim() && !(/^\d+$/.test(values.mtu.trim()) && Number(values.mtu) >= 68)) {
    problems.push(`MTU ${values.mtu.trim()} is no number of bytes of at least 68; leave it empty for the default.`);
  }
  if (values.withSubnet) {
    problems.push(...validateSubnet(values.subnet));
  }
  return problems;
}

export function exportBody(values) {
  const body = {
    name: values.name.trim(),
    data_center: { id: values.dataCenterId },
    external_provider: { id: values.providerId },
    usages: { usage: ['vm'] },
  };
  if (values.description.trim()) {
    body.description = values.description.trim();
  }
  if (values.mtu.trim()) {
    body.mtu = Number(values.mtu.trim());
  }
  if (values.physicalNetworkId) {
    body.external_provider_physical_network = { id: values.physicalNetworkId };
  }
  if (values.portSecurity === 'on' || values.portSecurity === 'off') {
    body.port_security_enabled = values.portSecurity === 'on';
  }
  if (values.withSubnet) {
    body.external_provider_subnet = subnetBody(values.subnet);
  }
  return body;
}
