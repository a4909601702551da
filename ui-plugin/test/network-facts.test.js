import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mtuLabel, segmentLabel, subnetIdsOf, subnetsLabel } from '../plugin/src/places/providers/network-facts.js';

test('should name type, VLAN and physical network of a VLAN network', () => {
  assert.equal(segmentLabel({ network_type: 'vlan', segmentation_id: 120, physical_network: 'physnet1' }),
    'vlan 120 on physnet1');
});

test('should show no segment for a flat network even when the provider reports one', () => {
  assert.equal(segmentLabel({ network_type: 'flat', segmentation_id: 0, physical_network: 'physnet2' }),
    'flat on physnet2');
});

test('should show the VNI of an overlay network without a physical network', () => {
  assert.equal(segmentLabel({ network_type: 'vxlan', segmentation_id: 5001 }), 'vxlan 5001');
  assert.equal(segmentLabel({ network_type: 'geneve', segmentation_id: null }), 'geneve');
});

test('should show a dash when the engine reports no type or MTU', () => {
  assert.equal(segmentLabel({ name: 'old' }), '—');
  assert.equal(mtuLabel({}), '—');
  assert.equal(mtuLabel({ mtu: 0 }), '—');
  assert.equal(mtuLabel({ mtu: '1442' }), '1442');
});

test('should count subnets in either JSON form and say none for an empty list', () => {
  assert.deepEqual(subnetIdsOf({ subnets: { openstack_subnet: [{ id: 's1' }, { id: 's2' }] } }), ['s1', 's2']);
  assert.equal(subnetsLabel({ subnets: { openstack_subnet: [{ id: 's1' }, { id: 's2' }] } }), '2 subnets');
  assert.equal(subnetsLabel({ subnets: { openstack_subnet: { id: 's1' } } }), '1 subnet');
  assert.equal(subnetsLabel({ subnets: {} }), 'none');
});

test('should not claim "none" when the engine does not list subnets at all', () => {
  assert.equal(subnetIdsOf({}), null);
  assert.equal(subnetsLabel({}), '—');
});
