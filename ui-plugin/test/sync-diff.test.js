import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeChange, statusText, summary, syncBody, syncDiff } from '../plugin/src/modals/sync-provider/sync-diff.js';

// as the engine answers POST …/sync in JSON (see ProviderSyncRestIT)
const dc = { href: '/ovirt-engine/api/datacenters/d1', id: 'd1', name: 'Default' };
const answer = {
  status: 'complete',
  network_sync: {
    dry_run: true,
    to_import: { change: [{ kind: 'import', status: 'planned', external_id: 'n1', name: 'blue', mtu: 1450,
      data_center: dc }] },
    to_update: { change: [{ kind: 'update', status: 'planned', external_id: 'n2', name: 'green', previous_name: 'old',
      mtu: 1500, previous_mtu: 1450, network: { id: 'e2' }, data_center: dc }] },
    vanished: { change: [
      { kind: 'keep', status: 'planned', external_id: 'n3', name: 'used', vnic_count: 2, vm_names: 'vm1, vm2',
        data_center: dc },
      { kind: 'remove', status: 'planned', external_id: 'n4', name: 'gone', vnic_count: 0, data_center: dc },
    ] },
  },
};

test('shouldSendDryRunAsTheEngineTakesItInJson', () => {
  assert.deepEqual(syncBody(true), { dry_run: true });
  assert.deepEqual(syncBody(false), { dry_run: false });
});

test('shouldGroupTheChangesAsTheEngineListsThem', () => {
  const diff = syncDiff(answer);

  assert.equal(diff.dryRun, true);
  assert.deepEqual(diff.groups.map((g) => [g.key, g.rows.map((r) => r.name)]),
    [['to_import', ['blue']], ['to_update', ['green']], ['vanished', ['used', 'gone']]]);
  assert.equal(diff.groups[0].rows[0].dataCenter, 'Default');
});

test('shouldCountAVanishedNetworkVnicsStillUseAsNothingToApply', () => {
  const diff = syncDiff(answer);

  assert.equal(diff.actionable, 3);
  assert.equal(syncDiff({ network_sync: { vanished: { change: [answer.network_sync.vanished.change[0]] } } })
    .actionable, 0);
});

test('shouldSayTheVnicsAndVmsThatUseAVanishedNetwork', () => {
  const [used, gone] = syncDiff(answer).groups[2].rows;

  assert.equal(used.vnics, '2 vNICs (vm1, vm2)');
  assert.equal(used.what, 'keep: vNICs still use it');
  assert.equal(gone.vnics, '0 vNICs');
  assert.equal(gone.what, 'remove from the data center');
});

test('shouldSayWhatAnUpdateChanges', () => {
  assert.equal(describeChange({ kind: 'update', name: 'b', previous_name: 'a', mtu: 1500, previous_mtu: 1450 }),
    'name a → b, MTU 1450 → 1500');
  assert.equal(describeChange({ kind: 'update', name: 'b', previous_name: 'b', mtu: 1500, previous_mtu: 1450 }),
    'MTU 1450 → 1500');
  assert.equal(describeChange({ kind: 'update', name: 'b', previous_name: 'a', mtu: 1500, previous_mtu: 1500 }),
    'name a → b');
  assert.equal(describeChange({ kind: 'import', mtu: 1450 }), 'import (MTU 1450)');
  assert.equal(describeChange({ kind: 'unlink' }), 'unlink (other providers still provide it)');
});

test('shouldReadAnEmptyDiffAsTheEngineSendsIt', () => {
  const diff = syncDiff({ network_sync: { dry_run: 'true', to_import: { change: [] }, to_update: {}, vanished: {} } });

  assert.equal(diff.actionable, 0);
  assert.equal(diff.dryRun, true);
  assert.equal(summary(diff), 'nothing to import, nothing to update, none vanished');
});

test('shouldCountDoneAndFailedChangesWithTheReasonOfEachFailure', () => {
  const applied = syncDiff({ network_sync: { to_import: { change: [
    { kind: 'import', status: 'done', name: 'a' },
    { kind: 'import', status: 'failed', name: 'b', reason: 'The name b is taken in data center Default' },
  ] } } });

  assert.equal(applied.done, 1);
  assert.equal(applied.failed, 1);
  assert.equal(statusText(applied.groups[0].rows[1]), 'failed: The name b is taken in data center Default');
  assert.equal(statusText(applied.groups[0].rows[0]), 'done');
  assert.equal(summary(applied), '2 to import, nothing to update, none vanished');
});
