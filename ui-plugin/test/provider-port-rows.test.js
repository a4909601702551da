import { test } from 'node:test';
import assert from 'node:assert/strict';
import { providerPortRows } from '../plugin/src/places/vm-provider-ports/provider-port-rows.js';

test('shouldListOnlyTheVnicsThatHaveAProviderPort', () => {
  const rows = providerPortRows({ nic: [
    { id: 'n1', name: 'nic1', provider_port: { id: 'p1', openstack_network_provider: { id: 'prov' },
      openstack_network: { id: 'net' }, provider_type: 'EXTERNAL_NETWORK', plugin_type: 'OVIRT_PROVIDER_OVN',
      security_groups: [{ id: 'sg1' }, { id: 'sg2' }], host_binding: 'host-a', state: 'active' } },
    { id: 'n2', name: 'nic2' },
  ] });

  assert.deepEqual(rows, [{ nicId: 'n1', nicName: 'nic1', portId: 'p1', providerId: 'prov',
    providerType: 'EXTERNAL_NETWORK', pluginType: 'OVIRT_PROVIDER_OVN', securityGroups: ['sg1', 'sg2'],
    hostBinding: 'host-a', state: 'active' }]);
});

test('shouldReadASingleVnicAndSecurityGroupsGivenAsStrings', () => {
  const rows = providerPortRows({ nic: { id: 'n1', name: 'nic1',
    provider_port: { id: 'p1', security_groups: 'sg1', state: 'unplugged' } } });

  assert.deepEqual(rows.map((r) => [r.portId, r.securityGroups, r.state, r.hostBinding]), [['p1', ['sg1'], 'unplugged', '']]);
});

test('shouldHaveNoRowsWhenTheVmHasNoVnic', () => {
  assert.deepEqual(providerPortRows({}), []);
});
