import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkBody, linkableNetworks } from '../plugin/src/modals/import-networks/import-request.js';
import { linkCandidates } from '../plugin/src/places/network-providers/link-candidates.js';

test('should link by the engine network\'s id', () => {
  assert.deepEqual(linkBody('n1'), { network: { id: 'n1' } });
});

test('should offer the data center\'s networks this provider does not provide, by name', () => {
  const networks = [
    { id: 'n2', name: 'zeta' },
    { id: 'n1', name: 'alpha', provided_by: { openstack_network: [{ id: 'x', openstack_network_provider: { id: 'p2' } }] } },
    { id: 'n3', name: 'mine', external_provider: { id: 'p1' } },
  ];
  assert.deepEqual(linkableNetworks(networks, 'p1'), [
    { id: 'n1', label: 'alpha (already provided by another provider)' }, { id: 'n2', label: 'zeta' }]);
});

test('should offer provider networks not yet in the engine network\'s data center', () => {
  const candidates = linkCandidates([
    { id: 'e1', name: 'in-dc', data_centers: { data_center: [{ id: 'dc1' }] } },
    { id: 'e2', name: 'elsewhere', data_centers: { data_center: { id: 'dc2' } } },
    { id: 'e3', name: '' },
  ], { id: 'n', data_center: { id: 'dc1' } });
  assert.deepEqual(candidates.map((c) => c.id), ['e3', 'e2']);
  assert.equal(candidates[1].label, 'elsewhere — e2');
});
