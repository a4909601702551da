// The answer of POST …/sync as the dialog shows it: three groups of changes, each change said in words.

import { isTrue, listOf } from '../../utils/fetch.js';

export const SYNC_GROUPS = [['to_import', 'To import'], ['to_update', 'To update'], ['vanished', 'Vanished']];

/** The action body the engine takes: a dry run only answers the diff. */
export function syncBody(dryRun) {
  return { dry_run: Boolean(dryRun) };
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What a change does, in the words of the dialog. */
export function describeChange(change) {
  switch (change.kind) {
    case 'import':
      return change.mtu ? `import (MTU ${change.mtu})` : 'import';
    case 'update': {
      const parts = [];
      if (change.previous_name && change.previous_name !== change.name) {
        parts.push(`name ${change.previous_name} → ${change.name}`);
      }
      const mtuKnown = change.previous_mtu !== undefined && change.mtu !== undefined;
      if (mtuKnown && Number(change.previous_mtu) !== Number(change.mtu)) {
        parts.push(`MTU ${change.previous_mtu} → ${change.mtu}`);
      }
      return parts.length ? parts.join(', ') : 'update';
    }
    case 'remove':
      return 'remove from the data center';
    case 'unlink':
      return 'unlink (other providers still provide it)';
    case 'keep':
      return 'keep: vNICs still use it';
    default:
      return change.kind || '';
  }
}

function row(change) {
  const dataCenter = change.data_center || {};
  return {
    kind: change.kind,
    status: change.status || '',
    name: change.name || change.previous_name || change.external_id || '',
    externalId: change.external_id || '',
    dataCenter: dataCenter.name || dataCenter.id || '—',
    what: describeChange(change),
    vnics: change.vnic_count === undefined ? '' : `${plural(Number(change.vnic_count), 'vNIC')}`
      + (change.vm_names ? ` (${change.vm_names})` : ''),
    reason: change.reason || '',
  };
}

/**
 * @param {object} answer the engine's `<action>` answer of sync, in JSON
 * @returns {{dryRun: boolean, groups: {key: string, label: string, rows: object[]}[], actionable: number,
 *   failed: number, done: number}}
 */
export function syncDiff(answer) {
  const sync = (answer && answer.network_sync) || {};
  const groups = SYNC_GROUPS.map(([key, label]) => ({ key, label, rows: listOf(sync[key], 'change').map(row) }));
  const all = groups.flatMap((g) => g.rows);
  return {
    dryRun: isTrue(sync.dry_run),
    groups,
    // a network kept because vNICs use it is reported on every sync; applying changes nothing for it
    actionable: all.filter((r) => r.kind !== 'keep').length,
    failed: all.filter((r) => r.status === 'failed').length,
    done: all.filter((r) => r.status === 'done').length,
  };
}

/** One line over the groups, e.g. "2 to import, 1 to update, none vanished". */
export function summary(diff) {
  return diff.groups.map((g) => (g.rows.length ? `${g.rows.length} ${g.label.toLowerCase()}`
    : `none ${g.label.toLowerCase()}`)).join(', ').replace(/none to (import|update)/g, 'nothing to $1');
}

/** The status column: a failed change with its reason. */
export function statusText(r) {
  return r.status === 'failed' && r.reason ? `failed: ${r.reason}` : r.status;
}
