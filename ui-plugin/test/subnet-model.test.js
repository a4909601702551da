import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ipv6ModesLabel, subnetBody, subnetRows, validateSubnet } from '../plugin/src/modals/subnets/subnet-model.js';

const form = (over = {}) => ({ name: '', ipVersion: 'v4', cidr: '10.0.0.0/24', gateway: '', dnsServers: '',
  ipv6AddressMode: '', ipv6RaMode: '', ...over });

test('should send an IPv4 subnet with gateway and DNS servers in the engine\'s wrapped form', () => {
  assert.deepEqual(subnetBody(form({ name: ' s1 ', gateway: '10.0.0.1', dnsServers: '8.8.8.8, 8.8.4.4 ' })), {
    name: 's1', cidr: '10.0.0.0/24', ip_version: 'v4', gateway: '10.0.0.1',
    dns_servers: { dns_server: ['8.8.8.8', '8.8.4.4'] } });
});

test('should send IPv6 modes only for an IPv6 subnet and leave empty fields out', () => {
  assert.deepEqual(subnetBody(form({ ipVersion: 'v6', cidr: 'fd00:1::/64', ipv6AddressMode: 'slaac',
    ipv6RaMode: 'slaac' })), { cidr: 'fd00:1::/64', ip_version: 'v6', ipv6_address_mode: 'slaac',
    ipv6_ra_mode: 'slaac' });
  assert.deepEqual(subnetBody(form({ ipv6AddressMode: 'slaac' })), { cidr: '10.0.0.0/24', ip_version: 'v4' });
});

test('should refuse no CIDR, no prefix, a CIDR of the other version and IPv6 modes on IPv4', () => {
  assert.match(validateSubnet(form({ cidr: ' ' }))[0], /CIDR is required/);
  assert.match(validateSubnet(form({ cidr: '10.0.0.0' }))[0], /no prefix length/);
  assert.match(validateSubnet(form({ ipVersion: 'v6' }))[0], /not an IPv6 network/);
  assert.match(validateSubnet(form({ cidr: 'fd00::/64' }))[0], /not an IPv4 network/);
  assert.match(validateSubnet(form({ ipv6RaMode: 'slaac' }))[0], /IPv6 subnets only/);
  assert.deepEqual(validateSubnet(form()), []);
});

test('should list subnets by CIDR with DNS servers and IPv6 modes as the engine sent them', () => {
  const rows = subnetRows({ openstack_subnet: [
    { id: 'b', cidr: 'fd00::/64', ip_version: 'v6', ipv6_address_mode: 'dhcpv6-stateless', ipv6_ra_mode: 'slaac',
      dns_servers: { dns_server: 'fd00::53' } },
    { id: 'a', name: 'four', cidr: '10.1.0.0/24', ip_version: 'v4', gateway: '10.1.0.1' }] });
  assert.deepEqual(rows.map((r) => r.id), ['a', 'b']);
  assert.deepEqual(rows[1].dnsServers, ['fd00::53']);
  assert.equal(ipv6ModesLabel(rows[1]), 'DHCPv6 stateless / SLAAC');
  assert.equal(ipv6ModesLabel(rows[0]), '');
  assert.deepEqual(subnetRows({}), []);
});
