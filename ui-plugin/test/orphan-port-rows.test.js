import { test } from 'node:test';
import assert from 'node:assert/strict';
import { orphanPortRows, reconciledPorts } from '../plugin/src/places/providers/orphan-port-rows.js';

test('should list orphan ports with their network\'s name and keep the id when the name is unknown', () => {
  const answer = { openstack_port: [
    { id: 'p2', mac: { address: '56:6f:00:00:00:02' }, device_id: 'd2', status: 'DOWN',
      openstack_network: { id: 'e9' } },
    { id: 'p1', name: 'nic1', mac: { address: '56:6f:00:00:00:01' }, device_id: 'd1', status: 'DOWN',
      openstack_network: { id: 'e1' } }] };
  const rows = orphanPortRows(answer, new Map([['e1', 'blue']]));
  assert.deepEqual(rows.map((r) => [r.id, r.networkName]), [['p1', 'blue'], ['p2', 'e9']]);
  assert.equal(rows[0].mac, '56:6f:00:00:00:01');
  assert.deepEqual(reconciledPorts({ status: 'complete' }), []);
  assert.equal(reconciledPorts({ openstack_ports: { openstack_port: answer.openstack_port[0] } }).length, 1);
});
