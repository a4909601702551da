// Import the selected provider networks into a data center. One network goes through the single import, or is
// linked to a network the data center already has; several go through the engine's bulk import job, whose progress
// and per-network outcome the dialog follows.

import { h, replace, uid } from '../../ui/dom.js';
import { listOf } from '../../utils/fetch.js';
import { alert, busy, button, checkbox, faultAlert, formGroup, progressBar, select } from '../../ui/components.js';
import { openModal } from '../../ui/modal.js';
import { describeFault, faultLine } from '../../utils/fault.js';
import { followJob } from '../../utils/job-progress.js';
import { pluginConfig } from '../../plugin-api.js';
import { bulkImportBody, linkBody, linkableNetworks, singleImportBody } from './import-request.js';

export function openImportNetworks({ client, api }, { provider, dataCenters, networks, onImported }) {
  const polling = new AbortController();
  let imported = false;
  let ended = false;
  const names = new Map(networks.map((n) => [n.id, n.name]));
  const messages = h('div', { class: 'osn-messages', 'aria-live': 'polite' });
  const progressArea = h('div', { class: 'osn-import-progress' });
  const single = networks.length === 1;
  // linking: one provider network to one engine network of the chosen data center
  const modeName = uid('osn-import-mode');
  const modeRadio = (value, label, checked) => {
    const id = uid('osn-import-mode');
    return h('div', { class: 'pf-v6-c-radio' },
      h('input', { class: 'pf-v6-c-radio__input', type: 'radio', name: modeName, id, value, checked,
        onchange: () => showMode() }),
      h('label', { class: 'pf-v6-c-radio__label', for: id }, label));
  };
  const linkSelect = h('select', { name: 'linkTo' });
  const linkHelper = h('span', {});
  const linkFields = h('div', { 'data-test': 'link-fields' },
    formGroup('Existing network', h('span', { class: 'pf-v6-c-form-control' }, linkSelect), { required: true,
      helper: linkHelper }));
  const importFields = h('div', { class: 'osn-import-fields' },
    checkbox('publicUse', 'Allow all users to use these networks (public vNIC profile)', true),
    checkbox('attachToAllClusters', 'Attach to all clusters of the data center', false));
  const form = h('form', { class: 'pf-v6-c-form', novalidate: true, onsubmit: (event) => { event.preventDefault(); start(); } },
    h('p', {}, `${networks.length} network${networks.length === 1 ? '' : 's'} of ${provider.name}: `,
      h('span', { class: 'osn-network-names' }, networks.map((n) => n.name).join(', '))),
    formGroup('Data center', select('dataCenter', dataCenters.map((dc) => [dc.id, dc.name]),
      dataCenters[0] && dataCenters[0].id), { required: true }),
    single ? h('div', { class: 'pf-v6-c-form__group', role: 'radiogroup', 'aria-label': 'Import or link' },
      modeRadio('import', 'Import as a new network of the data center', true),
      modeRadio('link', 'Link to an existing network of the data center (it is then also provided by this one)',
        false)) : null,
    importFields,
    single ? linkFields : null,
    messages,
    progressArea);

  const linking = () => single && form.querySelector(`input[name="${modeName}"]:checked`)?.value === 'link';

  let linkLoad = 0;
  async function loadLinkable() {
    linkLoad += 1;
    const mine = linkLoad;
    replace(linkSelect, h('option', { value: '' }, 'Loading…'));
    replace(linkHelper, '');
    try {
      const answer = await client.get(`datacenters/${encodeURIComponent(form.elements.dataCenter.value)}/networks`);
      if (mine !== linkLoad) {
        return;
      }
      const choices = linkableNetworks(listOf(answer, 'network'), provider.id);
      replace(linkSelect, choices.length ? choices.map((n) => h('option', { value: n.id }, n.label))
        : h('option', { value: '' }, 'No network to link to'));
      replace(linkHelper, choices.length ? 'The network keeps its other providers; its vNICs get ports on this one.'
        : 'The data center has no network this provider could provide.');
    } catch (error) {
      replace(linkSelect, h('option', { value: '' }, 'Could not list the networks'));
      replace(messages, faultAlert(describeFault('List the networks of the data center', error)));
    }
  }

  function showMode() {
    importFields.hidden = linking();
    linkFields.hidden = !linking();
    importButton.textContent = linking() ? 'Link' : 'Import';
    if (linking()) {
      loadLinkable();
    }
  }
  form.elements.dataCenter.addEventListener('change', () => { if (linking()) { loadLinkable(); } });

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

  async function linkOne() {
    const networkId = linkSelect.value;
    if (!networkId) {
      throw new Error('Pick the network to link to.');
    }
    await client.post(`openstacknetworkproviders/${provider.id}/networks/${encodeURIComponent(networks[0].id)}/link`,
      linkBody(networkId));
    imported = true;
    replace(messages, alert('success', `${networks[0].name} linked to `
      + `${linkSelect.selectedOptions[0].textContent}.`, null, { testId: 'import-done' }));
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
        await (linking() ? linkOne() : single ? importOne(request) : importMany(request));
      } catch (error) {
        if (error && error.name === 'AbortError') {
          return;
        }
        replace(messages, faultAlert(describeFault(`${linking() ? 'Link' : 'Import'} into ${dataCenters.find((dc) => dc.id === request.dataCenterId)
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
  if (single) {
    showMode();
  }
  return modal;
}
