import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportBody, physicalNetworkEffect, physicalNetworkLabel, validateExport }
  from '../plugin/src/modals/export-network/export-request.js';

const form = (over = {}) => ({ providerId: 'p1', name: 'red', description: '', dataCenterId: 'dc1', mtu: '',
  portSecurity: '', physicalNetworkId: '', withSubnet: false,
  subnet: { name: '', ipVersion: 'v4', cidr: '', gateway: '', dnsServers: '', ipv6AddressMode: '', ipv6RaMode: '' },
  ...over });

test('should ask the engine to create a VM network on the provider with only what was given', () => {
  assert.deepEqual(exportBody(form()), { name: 'red', data_center: { id: 'dc1' }, external_provider: { id: 'p1' },
    usages: { usage: ['vm'] } });
});

test('should send MTU, physical network, port security and the subnet when chosen', () => {
  const body = exportBody(form({ mtu: '1400', physicalNetworkId: 'phys', portSecurity: 'off', withSubnet: true,
    subnet: { name: '', ipVersion: 'v4', cidr: '10.5.0.0/24', gateway: '', dnsServers: '', ipv6AddressMode: '',
      ipv6RaMode: '' } }));
  assert.equal(body.mtu, 1400);
  assert.deepEqual(body.external_provider_physical_network, { id: 'phys' });
  assert.equal(body.port_security_enabled, false);
  assert.deepEqual(body.external_provider_subnet, { cidr: '10.5.0.0/24', ip_version: 'v4' });
  assert.equal(exportBody(form({ portSecurity: 'on' })).port_security_enabled, true);
});

test('should refuse no name, a bad MTU and a bad subnet only when a subnet is wanted', () => {
  assert.deepEqual(validateExport(form({ name: ' ' })), ['Name is required.']);
  assert.match(validateExport(form({ mtu: '12' }))[0], /MTU 12/);
  assert.match(validateExport(form({ mtu: 'big' }))[0], /MTU big/);
  assert.deepEqual(validateExport(form()), []);
  assert.match(validateExport(form({ withSubnet: true }))[0], /CIDR is required/);
});

test('should say flat or VLAN on the physical network from its VLAN', () => {
  assert.equal(physicalNetworkEffect({ name: 'phys', vdsm_name: 'physnet1', vlan: { id: 120 } }),
    'A VLAN network, VLAN 120 on physical network physnet1.');
  assert.equal(physicalNetworkEffect({ name: 'phys', vdsm_name: 'physnet2' }),
    'A flat network on physical network physnet2.');
  assert.match(physicalNetworkEffect(undefined), /default network type/);
  assert.equal(physicalNetworkLabel({ name: 'phys', vlan: { id: 0 } }), 'phys (VLAN 0)');
  assert.equal(physicalNetworkLabel({ name: 'phys' }), 'phys (flat)');
});
