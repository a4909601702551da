// A provider network's subnets as the dialog shows them, and the add form as the engine's <openstack_subnet>.
// The engine checks CIDR, gateway and DNS servers itself and says what is wrong; the form only catches what makes
// no request at all (no CIDR) or one that cannot be meant (IPv6 modes on an IPv4 subnet, a version the CIDR denies).

import { listOf } from '../../utils/fetch.js';

/** Neutron's IPv6 modes (both the address and the router advertisement mode take these). */
export const IPV6_MODES = [['', 'None (provider default)'], ['slaac', 'SLAAC'],
  ['dhcpv6-stateful', 'DHCPv6 stateful'], ['dhcpv6-stateless', 'DHCPv6 stateless']];

export function subnetRows(answer) {
  return listOf(answer, 'openstack_subnet').map((s) => ({
    id: s.id,
    name: s.name || '',
    cidr: s.cidr || '',
    ipVersion: s.ip_version === 'v6' || s.ip_version === '6' ? 'v6' : 'v4',
    gateway: s.gateway || '',
    dnsServers: listOf(s.dns_servers, 'dns_server'),
    ipv6AddressMode: s.ipv6_address_mode || '',
    ipv6RaMode: s.ipv6_ra_mode || '',
  })).sort((a, b) => a.cidr.localeCompare(b.cidr));
}

/** "SLAAC / SLAAC" for an IPv6 subnet's address and RA modes; empty for IPv4. */
export function ipv6ModesLabel(row) {
  if (row.ipVersion !== 'v6') {
    return '';
  }
  const label = (mode) => (IPV6_MODES.find(([value]) => value === mode) || [mode, mode || 'default'])[1]
    .replace('None (provider default)', 'default');
  return `${label(row.ipv6AddressMode)} / ${label(row.ipv6RaMode)}`;
}

export function splitList(text) {
  return (text || '').split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
}

/** @returns {string[]} what to correct before anything is sent */
export function validateSubnet(values) {
  const problems = [];
  const cidr = values.cidr.trim();
  if (!cidr) {
    problems.push('CIDR is required, e.g. 10.0.0.0/24 or fd00:1::/64.');
  } else if (!cidr.includes('/')) {
    problems.push(`CIDR ${cidr} has no prefix length (…/24, …/64).`);
  } else if ((values.ipVersion === 'v6') !== cidr.includes(':')) {
    problems.push(`CIDR ${cidr} is not an ${values.ipVersion === 'v6' ? 'IPv6' : 'IPv4'} network; pick the other IP `
      + 'version.');
  }
  if (values.ipVersion !== 'v6' && (values.ipv6AddressMode || values.ipv6RaMode)) {
    problems.push('IPv6 address and router advertisement modes apply to IPv6 subnets only.');
  }
  return problems;
}

export function subnetBody(values) {
  const body = { cidr: values.cidr.trim(), ip_version: values.ipVersion };
  if (values.name.trim()) {
    body.name = values.name.trim();
  }
  if (values.gateway.trim()) {
    body.gateway = values.gateway.trim();
  }
  const dns = splitList(values.dnsServers);
  if (dns.length) {
    body.dns_servers = { dns_server: dns };
  }
  if (values.ipVersion === 'v6') {
    if (values.ipv6AddressMode) {
      body.ipv6_address_mode = values.ipv6AddressMode;
    }
    if (values.ipv6RaMode) {
      body.ipv6_ra_mode = values.ipv6RaMode;
    }
  }
  return body;
}
