// Sync a provider: a dry run first shows what would change (to import, to update, vanished, with the vNICs that
// still use a vanished network); only Apply changes the engine, and the dialog then shows what was done.

import { h, replace } from '../../ui/dom.js';
import { alert, busy, button, faultAlert, spinner } from '../../ui/components.js';
import { openModal } from '../../ui/modal.js';
import { describeFault } from '../../utils/fault.js';
import { statusText, summary, syncBody, syncDiff } from './sync-diff.js';

function groupTable(group) {
  const headingId = `osn-sync-${group.key}`;
  return h('section', { class: 'osn-sync-group', 'data-test': `sync-${group.key}` },
    h('h2', { class: 'pf-v6-c-title pf-m-md', id: headingId }, `${group.label} (${group.rows.length})`),
    group.rows.length === 0 ? h('p', { class: 'osn-subtle' }, 'None.')
      : h('table', { class: 'pf-v6-c-table pf-m-compact', 'aria-labelledby': headingId },
        h('thead', { class: 'pf-v6-c-table__thead' },
          h('tr', { class: 'pf-v6-c-table__tr' }, ['Network', 'Data center', 'Change', 'vNICs', 'Status']
            .map((label) => h('th', { class: 'pf-v6-c-table__th', scope: 'col' }, label)))),
        h('tbody', { class: 'pf-v6-c-table__tbody' }, group.rows.map((r) => h('tr', { class: 'pf-v6-c-table__tr',
          'data-status': r.status, 'data-external-id': r.externalId },
        h('td', { class: 'pf-v6-c-table__td', 'data-label': 'Network' }, r.name),
        h('td', { class: 'pf-v6-c-table__td', 'data-label': 'Data center' }, r.dataCenter),
        h('td', { class: 'pf-v6-c-table__td', 'data-label': 'Change' }, r.what),
        h('td', { class: 'pf-v6-c-table__td', 'data-label': 'vNICs' }, r.vnics || '—'),
        h('td', { class: 'pf-v6-c-table__td', 'data-label': 'Status' }, statusText(r)))))));
}

export function openSyncProvider({ client, api }, { provider, onSynced = () => {} }) {
  const messages = h('div', { class: 'osn-messages', 'aria-live': 'polite' });
  const diffArea = h('div', { class: 'osn-sync-diff', 'data-test': 'sync-diff' },
    spinner('md', 'Comparing'), ` Comparing the engine with ${provider.name} (dry run)…`);
  const applyButton = button('Apply', () => apply(), { variant: 'primary', id: 'osn-sync-apply', disabled: true });
  const closeButton = button('Cancel', () => modal.close(), { variant: 'link', id: 'osn-sync-close' });
  let applied = false;

  function show(diff) {
    // once applied, the alert above counts what was done; the groups' statuses say the rest
    replace(diffArea, diff.dryRun ? h('p', { 'data-test': 'sync-summary' }, summary(diff)) : null,
      diff.groups.map(groupTable));
  }

  async function dryRun() {
    try {
      const diff = syncDiff(await client.post(`openstacknetworkproviders/${provider.id}/sync`, syncBody(true)));
      show(diff);
      if (diff.actionable) {
        replace(messages, alert('info', 'Dry run: nothing has changed yet. Apply makes these changes.', null,
          { testId: 'sync-planned' }));
        applyButton.disabled = false;
      } else {
        replace(messages, alert('success', `The engine is in line with ${provider.name}: nothing to change.`, null,
          { testId: 'sync-nothing' }));
        applyButton.hidden = true;
        closeButton.textContent = 'Close';
      }
    } catch (error) {
      replace(diffArea);
      replace(messages, faultAlert(describeFault(`Compare with ${provider.name}`, error)));
      applyButton.hidden = true;
      closeButton.textContent = 'Close';
    }
  }

  function apply() {
    closeButton.disabled = true;
    return busy(applyButton, async () => {
      try {
        const diff = syncDiff(await client.post(`openstacknetworkproviders/${provider.id}/sync`, syncBody(false)));
        applied = true;
        show(diff);
        replace(messages, diff.failed
          ? alert('warning', `Synchronized ${provider.name}: ${diff.done} done, ${diff.failed} failed.`, null,
            { testId: 'sync-applied' })
          : alert('success', `Synchronized ${provider.name}: ${diff.done} done.`, null, { testId: 'sync-applied' }));
      } catch (error) {
        replace(messages, faultAlert(describeFault(`Sync ${provider.name}`, error)));
      }
    }).finally(() => {
      closeButton.disabled = false;
      closeButton.textContent = 'Close';
      if (applied) {
        applyButton.hidden = true;
      }
    });
  }

  const modal = openModal({
    title: `Sync provider ${provider.name}`, testId: 'sync-provider', size: 'lg', body: [messages, diffArea],
    footer: [applyButton, closeButton],
    onClose() {
      if (applied) {
        api.showToast('success', `Provider ${provider.name} synchronized.`);
        onSynced();
      }
    },
  });
  closeButton.focus();
  dryRun();
  return modal;
}
