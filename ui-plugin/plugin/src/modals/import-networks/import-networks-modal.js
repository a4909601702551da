// Import the selected provider networks into a data center. One network goes through the single import; several
// go through the engine's bulk import job, whose progress and per-network outcome the dialog follows.

import { h, replace } from '../../ui/dom.js';
import { alert, busy, button, checkbox, faultAlert, formGroup, progressBar, select } from '../../ui/components.js';
import { openModal } from '../../ui/modal.js';
import { describeFault, faultLine } from '../../utils/fault.js';
import { followJob } from '../../utils/job-progress.js';
import { pluginConfig } from '../../plugin-api.js';
import { bulkImportBody, singleImportBody } from './import-request.js';

export function openImportNetworks({ client, api }, { provider, dataCenters, networks, onImported }) {
  const polling = new AbortController();
  let imported = false;
  let ended = false;
  const names = new Map(networks.map((n) => [n.id, n.name]));
  const messages = h('div', { class: 'osn-messages', 'aria-live': 'polite' });
  const progressArea = h('div', { class: 'osn-import-progress' });
  const form = h('form', { class: 'pf-v6-c-form', novalidate: true, onsubmit: (event) => { event.preventDefault(); start(); } },
    h('p', {}, `${networks.length} network${networks.length === 1 ? '' : 's'} of ${provider.name}: `,
      h('span', { class: 'osn-network-names' }, networks.map((n) => n.name).join(', '))),
    formGroup('Data center', select('dataCenter', dataCenters.map((dc) => [dc.id, dc.name]),
      dataCenters[0] && dataCenters[0].id), { required: true }),
    checkbox('publicUse', 'Allow all users to use these networks (public vNIC profile)', true),
    checkbox('attachToAllClusters', 'Attach to all clusters of the data center', false),
    messages,
    progressArea);

  const importButton = button('Import', () => start(), { variant: 'primary', id: 'osn-import-start' });
  const closeButton = button('Cancel', () => modal.close(), { variant: 'link', id: 'osn-import-close' });

  function choice() {
    return {
      dataCenterId: form.elements.dataCenter.value,
      publicUse: form.elements.publicUse.checked,
      attachToAllClusters: form.elements.attachToAllClusters.checked,
      providerNetworkIds: networks.map((n) => n.id),
    };
  }

  function lockForm() {
    [...form.elements].forEach((element) => { element.disabled = true; });
  }

  function resultList(results) {
    return h('ul', { class: 'pf-v6-c-list osn-import-results', 'data-test': 'import-results' },
      results.map((r) => h('li', { 'data-status': r.status },
        h('strong', {}, names.get(r.providerNetworkId) || r.providerNetworkId || r.description), ': ',
        r.status === 'failed' ? `failed — ${faultLine({ reason: r.reason, detail: r.detail })}`
          : r.status === 'finished' ? 'imported' : r.status)));
  }

  async function importOne(request) {
    await client.post(`openstacknetworkproviders/${provider.id}/networks/${encodeURIComponent(networks[0].id)}/import`,
      singleImportBody(request));
    imported = true;
    replace(messages, alert('success', `${networks[0].name} imported.`, null, { testId: 'import-done' }));
  }

  async function importMany(request) {
    const started = await client.post(`openstacknetworkproviders/${provider.id}/importnetworks`,
      bulkImportBody(request));
    imported = true;
    const bar = progressBar(`Importing ${networks.length} networks`);
    const results = h('div', {});
    replace(progressArea, bar.element, results);
    const last = await followJob({
      client, jobId: started.job.id, total: networks.length, signal: polling.signal,
      intervalMs: pluginConfig().jobPollMillis,
      onProgress(progress) {
        const failed = progress.results.some((r) => r.status === 'failed');
        bar.set(progress.percent, progress.running ? undefined : failed || progress.status === 'failed' ? 'danger'
          : 'success');
        replace(results, resultList(progress.results));
      },
    });
    const failed = last.results.filter((r) => r.status === 'failed').length;
    replace(messages, failed
      ? alert('warning', `Imported ${last.results.length - failed} of ${networks.length} networks; ${failed} failed.`,
        null, { testId: 'import-done' })
      : alert('success', `Imported ${networks.length} networks.`, null, { testId: 'import-done' }));
  }

  function start() {
    const request = choice();
    if (!request.dataCenterId) {
      replace(messages, alert('danger', 'Pick a data center.'));
      return undefined;
    }
    lockForm();
    closeButton.disabled = true;
    return busy(importButton, async () => {
      try {
        await (networks.length === 1 ? importOne(request) : importMany(request));
      } catch (error) {
        if (error && error.name === 'AbortError') {
          return;
        }
        replace(messages, faultAlert(describeFault(`Import into ${dataCenters.find((dc) => dc.id === request.dataCenterId)
          ?.name || 'the data center'}`, error)));
      } finally {
        ended = true;
        closeButton.disabled = false;
        closeButton.textContent = 'Close';
      }
    }).finally(() => {
      importButton.disabled = true;
      importButton.hidden = true;
    });
  }

  const modal = openModal({
    title: 'Import provider networks', testId: 'import-networks', size: 'md', body: form,
    footer: [importButton, closeButton],
    onClose() {
      polling.abort();
      if (imported && !ended) {
        // closed while the job runs: the engine goes on with it
        api.showToast('info', `The import from ${provider.name} goes on in the engine (Jobs).`);
      }
      if (imported) {
        onImported();
      }
    },
  });
  return modal;
}
