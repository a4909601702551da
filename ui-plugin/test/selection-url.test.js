import { test } from 'node:test';
import assert from 'node:assert/strict';
import { selectedId, selectionUrl } from '../plugin/src/integrations/selection-url.js';
import { providedByRows } from '../plugin/src/places/network-providers/provided-by.js';

test('shouldCarryTheOneSelectedEntityInTheContentUrlAndNoneForSeveral', () => {
  assert.equal(selectionUrl('p.html', 'vm', [{ id: 'a b' }]), 'p.html#vm=a%20b');
  assert.equal(selectionUrl('p.html', 'vm', [{ id: 'a' }, { id: 'b' }]), 'p.html');
  assert.equal(selectionUrl('p.html', 'vm', []), 'p.html');
});

test('shouldReadTheSelectedIdOfItsOwnKeyOnly', () => {
  assert.equal(selectedId('#vm=a%20b', 'vm'), 'a b');
  assert.equal(selectedId('#network=n1', 'vm'), null);
  assert.equal(selectedId('#vm=', 'vm'), null);
  assert.equal(selectedId('', 'vm'), null);
});

test('shouldNameEachProviderThatProvidesTheNetwork', () => {
  const rows = providedByRows({ id: 'n', provided_by: { openstack_network: [
    { id: 'pn1', openstack_network_provider: { id: 'p1' } },
    { id: 'pn2', openstack_network_provider: { id: 'gone' } },
  ] } }, { openstack_network_provider: [{ id: 'p1', name: 'neutron', url: 'http://127.0.0.1:9696' }] });

  assert.deepEqual(rows, [
    { providerId: 'p1', providerName: 'neutron', providerUrl: 'http://127.0.0.1:9696', providerNetworkId: 'pn1' },
    { providerId: 'gone', providerName: 'gone', providerUrl: '', providerNetworkId: 'pn2' },
  ]);
});

test('shouldHaveNoProviderRowsForAnEngineOnlyNetwork', () => {
  assert.deepEqual(providedByRows({ id: 'n' }, {}), []);
  assert.deepEqual(providedByRows({ id: 'n', provided_by: { openstack_network: { id: 'pn',
    openstack_network_provider: { id: 'p' } } } }, {}).map((r) => r.providerNetworkId), ['pn']);
});
