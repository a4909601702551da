// The provider's orphan ports: ports this engine made whose vNIC is gone (asked live). Reconcile always shows a dry
// run first (what would be released), and releases only after the admin confirmed that list; the release goes
// through the engine's durable queue, so a port may show here until the provider confirmed it.

import { h, replace } from '../../ui/dom.js';
import { alert, busy, button, faultAlert, spinner } from '../../ui/components.js';
import { openModal } from '../../ui/modal.js';
import { describeFault } from '../../utils/fault.js';
import { listOf } from '../../utils/fetch.js';
import { orphanPortRows, reconciledPorts } from './orphan-port-rows.js';

const COLUMNS = ['MAC', 'Port name', 'Provider network', 'Device (vNIC) ID', 'Status', 'Port ID'];
const cell = (label, ...content) => h('td', { class: 'pf-v6-c-table__td', 'data-label': label }, ...content);

function portTable(label, testId, rows, empty) {
  return h('table', { class: 'pf-v6-c-table pf-m-compact', 'aria-label': label, 'data-test': testId },
    h('thead', { class: 'pf-v6-c-table__thead' }, h('tr', { class: 'pf-v6-c-table__tr' },
      COLUMNS.map((c) => h('th', { class: 'pf-v6-c-table__th', scope: 'col' }, c)))),
    h('tbody', { class: 'pf-v6-c-table__tbody' }, rows.length ? rows.map((row) => h('tr', {
      class: 'pf-v6-c-table__tr', 'data-id': row.id },
    cell('MAC', h('span', { class: 'osn-mono' }, row.mac)), cell('Port name', row.name || '—'),
    cell('Provider network', row.networkName), cell('Device (vNIC) ID', h('span', { class: 'osn-mono' }, row.deviceId)),
    cell('Status', row.status), cell('Port ID', h('span', { class: 'osn-mono' }, row.id))))
      : h('tr', { class: 'pf-v6-c-table__tr' }, h('td', { class: 'pf-v6-c-table__td', colspan: String(COLUMNS.length) },
        empty))));
}

export function renderOrphanPortsTab(context, provider, container) {
  const { client, api } = context;
  const base = `openstacknetworkproviders/${provider.id}`;
  const messages = h('div', { class: 'osn-messages', 'aria-live': 'polite' });
  const area = h('div', { 'data-test': 'orphan-ports-area' });
  const count = h('span', { class: 'osn-count', 'data-test': 'orphan-count' });
  let networkNames = new Map();
  let rows = [];
  const reconcileButton = button('Reconcile…', () => reconcile(), { variant: 'primary', id: 'osn-orphans-reconcile',
    disabled: true });
  const refreshButton = button('Refresh', () => load(), { id: 'osn-orphans-refresh' });

  replace(container,
    h('div', { class: 'pf-v6-c-toolbar' }, h('div', { class: 'pf-v6-c-toolbar__content' },
      h('div', { class: 'pf-v6-c-toolbar__content-section osn-toolbar' }, reconcileButton, refreshButton, count))),
    h('p', { class: 'osn-subtle' }, `Ports this engine made on ${provider.name} whose vNIC no longer exists. `
      + 'Reconcile releases them; you see the list first.'),
    messages, area);

  async function load() {
    replace(area, spinner('md', 'Loading orphan ports'), ' Asking the provider for the engine\'s ports…');
    replace(count);
    reconcileButton.disabled = true;
    refreshButton.disabled = true;
    try {
      const [orphans, networks] = await Promise.all([client.get(`${base}/orphanports`),
        // only for the network names; a failure here leaves the ids shown
        client.get(`${base}/networks`).catch(() => ({}))]);
      networkNames = new Map(listOf(networks, 'openstack_network').map((n) => [n.id, n.name]));
      rows = orphanPortRows(orphans, networkNames);
      replace(area, portTable(`Orphan ports of ${provider.name}`, 'orphan-ports', rows,
        'No orphan port: every port of this engine on the provider belongs to a vNIC.'));
      count.textContent = `${rows.length} orphan port${rows.length === 1 ? '' : 's'}`;
      reconcileButton.disabled = rows.length === 0;
    } catch (error) {
      replace(area, faultAlert(describeFault(`List the orphan ports of ${provider.name}`, error)));
    } finally {
      refreshButton.disabled = false;
    }
  }

  function reconcile() {
    return busy(reconcileButton, async () => {
      let planned;
      try {
        planned = reconciledPorts(await client.post(`${base}/reconcileports`, { dry_run: true }), networkNames);
      } catch (error) {
        replace(messages, faultAlert(describeFault(`Reconcile the ports of ${provider.name} (dry run)`, error)));
        return;
      }
      confirmRelease(planned);
    });
  }

  function confirmRelease(planned) {
    const dialogMessages = h('div', { class: 'osn-messages', 'aria-live': 'polite' });
    const release = button(`Release ${planned.length} port${planned.length === 1 ? '' : 's'}`, () => busy(release,
      async () => {
        try {
          const done = reconciledPorts(await client.post(`${base}/reconcileports`, {}), networkNames);
          api.showToast('success', `${done.length} orphan port${done.length === 1 ? '' : 's'} of ${provider.name} `
            + 'queued for release.');
          modal.close();
          await load();
        } catch (error) {
          replace(dialogMessages, faultAlert(describeFault(`Reconcile the ports of ${provider.name}`, error)));
        }
      }), { variant: 'danger', id: 'osn-orphans-release', disabled: planned.length === 0 });
    const cancel = button('Cancel', () => modal.close(), { variant: 'link' });
    const modal = openModal({
      title: 'Reconcile orphan ports', testId: 'reconcile-dialog', size: 'lg',
      body: [
        alert('info', planned.length === 1 ? `Dry run: this port would be released on ${provider.name}.`
          : planned.length ? `Dry run: these ${planned.length} ports would be released on ${provider.name}.`
            : 'Dry run: nothing to release (the ports are gone or have a vNIC again).', null, { testId: 'dry-run' }),
        portTable('Ports the reconcile would release', 'reconcile-planned', planned, 'None.'),
        dialogMessages],
      footer: [release, cancel],
    });
    release.focus();
  }

  load();
}
