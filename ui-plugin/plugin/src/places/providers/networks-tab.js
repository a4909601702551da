// The provider's networks, asked live: a filter box, a count, one page of rows at a time, a selection that
// survives paging and filtering, Import (or link) for the selected ones, the subnets of one, and a new network
// exported from the engine to the provider.

import { h, replace } from '../../ui/dom.js';
import { alert, button, faultAlert, progressBar, spinner } from '../../ui/components.js';
import { describeFault } from '../../utils/fault.js';
import { isTrue, listOf } from '../../utils/fetch.js';
import { pluginConfig } from '../../plugin-api.js';
import { dataCentersOf, matches, pageOf } from './network-filter.js';
import { openImportNetworks } from '../../modals/import-networks/import-networks-modal.js';
import { openSubnets } from '../../modals/subnets/subnets-modal.js';
import { openExportNetwork } from '../../modals/export-network/export-network-modal.js';
import { mtuLabel, segmentLabel, subnetsLabel } from './network-facts.js';
import { runningImportOf } from '../../utils/running-import.js';
import { followJob } from '../../utils/job-progress.js';

const COLUMNS = ['Name', 'Type', 'MTU', 'Subnets', 'Data centers', 'Provider ID'];

export async function renderNetworksTab(context, provider, container) {
  const { client } = context;
  const { networksPageSize } = pluginConfig();
  let networks = [];
  let dataCenters = [];
  let dataCenterNames = new Map();
  let filtered = [];
  let page = 1;
  const selected = new Set();

  const messages = h('div', { class: 'osn-messages', 'aria-live': 'polite' });
  const runningArea = h('div', { class: 'osn-running-import', 'data-test': 'running-import' });
  let followedJob = null;
  const filterInput = h('input', { type: 'search', 'aria-label': 'Filter networks', placeholder: 'Filter by name, id or data center',
    oninput: () => { page = 1; refilter(); } });
  const count = h('span', { class: 'osn-count', 'data-test': 'network-count', 'aria-live': 'polite' });
  const importButton = button('Import', () => openImportNetworks(context, {
    provider, dataCenters, networks: networks.filter((n) => selected.has(n.id)),
    onImported: () => { selected.clear(); load(); },
  }), { variant: 'primary', id: 'osn-networks-import', disabled: true });
  const subnetsButton = button('Subnets', () => showSubnets(networks.find((n) => selected.has(n.id))),
    { id: 'osn-networks-subnets', disabled: true });
  const exportButton = button('New on provider', () => openExportNetwork(context, { provider, dataCenters,
    onExported: () => load() }), { id: 'osn-networks-export', disabled: true });
  const refreshButton = button('Refresh', () => load(), { id: 'osn-networks-refresh' });
  const body = h('tbody', { class: 'pf-v6-c-table__tbody' });
  const pager = h('div', { class: 'osn-pager' });
  const selectPage = h('input', { type: 'checkbox', 'aria-label': 'Select all networks of this page',
    onchange: () => {
      pageOf(filtered, page, networksPageSize).rows.forEach((n) => (selectPage.checked ? selected.add(n.id)
        : selected.delete(n.id)));
      paint();
    } });

  replace(container,
    h('div', { class: 'pf-v6-c-toolbar' },
      h('div', { class: 'pf-v6-c-toolbar__content' },
        h('div', { class: 'pf-v6-c-toolbar__content-section osn-toolbar' },
          h('span', { class: 'pf-v6-c-form-control osn-filter' }, filterInput), importButton, subnetsButton, exportButton, refreshButton,
          count))),
    runningArea,
    messages,
    h('table', { class: 'pf-v6-c-table pf-m-compact', 'aria-label': `Networks of ${provider.name}`,
      'data-test': 'networks' },
    h('thead', { class: 'pf-v6-c-table__thead' },
      h('tr', { class: 'pf-v6-c-table__tr' },
        h('th', { class: 'pf-v6-c-table__th pf-v6-c-table__check', scope: 'col' }, selectPage),
        COLUMNS.map((label) => h('th', { class: 'pf-v6-c-table__th', scope: 'col' }, label)))),
    body),
    pager);

  function refilter() {
    filtered = networks.filter((n) => matches(n, filterInput.value.trim(), dataCenterNames));
    paint();
  }

  function row(network) {
    const names = dataCentersOf(network).map((id) => dataCenterNames.get(id) || id);
    return h('tr', { class: ['pf-v6-c-table__tr', selected.has(network.id) && 'pf-m-selected'], 'data-id': network.id },
      h('td', { class: 'pf-v6-c-table__td pf-v6-c-table__check' },
        h('input', { type: 'checkbox', checked: selected.has(network.id), 'aria-label': `Select ${network.name}`,
          onchange: (event) => { if (event.target.checked) { selected.add(network.id); } else { selected.delete(network.id); } paint(); } })),
      h('td', { class: 'pf-v6-c-table__td', 'data-label': 'Name' }, network.name),
      h('td', { class: 'pf-v6-c-table__td', 'data-label': 'Type', 'data-test': 'network-type' }, segmentLabel(network)),
      h('td', { class: 'pf-v6-c-table__td', 'data-label': 'MTU', 'data-test': 'network-mtu' }, mtuLabel(network)),
      h('td', { class: 'pf-v6-c-table__td', 'data-label': 'Subnets', 'data-test': 'network-subnets' },
        h('button', { class: 'pf-v6-c-button pf-m-link pf-m-inline', type: 'button',
          'aria-label': `Subnets of ${network.name}: ${subnetsLabel(network)}`,
          onclick: () => showSubnets(network) }, subnetsLabel(network))),
      h('td', { class: 'pf-v6-c-table__td', 'data-label': 'Data centers' }, names.length ? names.join(', ') : '—'),
      h('td', { class: 'pf-v6-c-table__td osn-mono', 'data-label': 'Provider ID' }, network.id));
  }

  function paint() {
    const view = pageOf(filtered, page, networksPageSize);
    page = view.page;
    replace(body, view.rows.length ? view.rows.map(row)
      : h('tr', { class: 'pf-v6-c-table__tr' }, h('td', { class: 'pf-v6-c-table__td', colspan: String(COLUMNS.length + 1) },
        networks.length ? 'No network matches the filter.' : 'The provider has no networks.')));
    selectPage.checked = view.rows.length > 0 && view.rows.every((n) => selected.has(n.id));
    count.textContent = filtered.length === networks.length ? `${networks.length} networks`
      : `${filtered.length} of ${networks.length} networks`;
    if (selected.size) {
      count.textContent += `, ${selected.size} selected`;
    }
    importButton.disabled = selected.size === 0 || dataCenters.length === 0;
    subnetsButton.disabled = selected.size !== 1;
    exportButton.disabled = dataCenters.length === 0 || isTrue(provider.read_only);
    replace(pager,
      h('span', { 'data-test': 'page-range' }, `${view.from}–${view.to} of ${filtered.length}`),
      button('Previous', () => { page -= 1; paint(); }, { variant: 'plain', disabled: view.page <= 1 }),
      h('span', {}, `Page ${view.page} of ${view.pages}`),
      button('Next', () => { page += 1; paint(); }, { variant: 'plain', disabled: view.page >= view.pages }));
  }

  function showSubnets(network) {
    if (network) {
      openSubnets(context, { provider, network, onChanged: () => load() });
    }
  }

  // a bulk import of this provider still running in the engine (the dialog was closed, or the page reloaded)
  async function showRunningImport() {
    let running;
    try {
      running = runningImportOf(await client.get('jobs?max=50'), provider.name);
    } catch {
      return; // only a hint; the list itself is what matters
    }
    if (!running || followedJob === running.jobId) {
      return;
    }
    followedJob = running.jobId;
    const bar = progressBar(`Importing ${running.total} networks into ${running.dataCenterName} (job still running)`);
    replace(runningArea, bar.element);
    const stop = new AbortController();
    try {
      const last = await followJob({ client, jobId: running.jobId, total: running.total, signal: stop.signal,
        intervalMs: pluginConfig().jobPollMillis,
        onProgress(progress) {
          if (!container.isConnected) {
            stop.abort(); // the admin left the tab
          }
          const failed = progress.results.filter((r) => r.status === 'failed').length;
          bar.set(progress.percent, progress.running ? undefined : failed ? 'danger' : 'success');
        } });
      const failed = last.results.filter((r) => r.status === 'failed').length;
      replace(runningArea, failed ? alert('warning', `The import into ${running.dataCenterName} ended: ${failed} of `
        + `${running.total} networks failed (see the job's steps).`) : alert('success', `The import of `
        + `${running.total} networks into ${running.dataCenterName} ended.`, null, { testId: 'running-import-done' }));
      followedJob = null;
      load();
    } catch (error) {
      if (!(error && error.name === 'AbortError')) {
        replace(runningArea, faultAlert(describeFault('Follow the running import', error)));
      }
      followedJob = null;
    }
  }

  async function load() {
    showRunningImport();
    replace(messages);
    replace(body, h('tr', { class: 'pf-v6-c-table__tr' }, h('td', { class: 'pf-v6-c-table__td',
      colspan: String(COLUMNS.length + 1) }, spinner('md', 'Loading networks'), ' Asking the provider for its networks…')));
    refreshButton.disabled = true;
    try {
      const [networkList, dataCenterList] = await Promise.all([
        client.get(`openstacknetworkproviders/${provider.id}/networks`),
        client.get('datacenters'),
      ]);
      networks = listOf(networkList, 'openstack_network').sort((a, b) => (a.name || '').localeCompare(b.name || ''));
      dataCenters = listOf(dataCenterList, 'data_center');
      dataCenterNames = new Map(dataCenters.map((dc) => [dc.id, dc.name]));
      refilter();
    } catch (error) {
      networks = [];
      filtered = [];
      paint();
      replace(messages, faultAlert(describeFault(`Discover the networks of ${provider.name}`, error)));
    } finally {
      refreshButton.disabled = false;
    }
  }

  load();
}
