// Link an engine network to a network of another provider: the engine network is then provided by that provider
// network too, in addition to its present providers. The provider networks offered are those not yet in the engine
// network's data center (the engine refuses those). A form inside the detail tab, not a dialog: a detail place's
// frame is too low for one in a real webadmin.

import { h, replace } from '../../ui/dom.js';
import { alert, busy, button, faultAlert, formGroup, spinner } from '../../ui/components.js';
import { describeFault } from '../../utils/fault.js';
import { listOf } from '../../utils/fetch.js';
import { linkBody } from '../../modals/import-networks/import-request.js';
import { linkCandidates } from './link-candidates.js';

/** @returns {HTMLElement} the form; `onDone(linked)` is called when the admin linked or cancelled */
export function linkNetworkForm({ client, api }, { network, providers, onDone }) {
  const messages = h('div', { class: 'osn-messages', 'aria-live': 'polite' });
  const providerSelect = h('select', { name: 'provider' },
    providers.map((p) => h('option', { value: p.id }, p.name)));
  const filterInput = h('input', { type: 'search', name: 'filter', placeholder: 'Filter by name or id' });
  const networkSelect = h('select', { name: 'providerNetwork', size: '4', 'data-test': 'link-candidates' });
  const status = h('div', { class: 'pf-v6-c-form__helper-text', 'aria-live': 'polite' });
  let candidates = [];

  const form = h('form', { class: 'pf-v6-c-form osn-inline-form', novalidate: true, 'data-test': 'link-network',
    'aria-label': `Link ${network.name} to a provider network`,
    onsubmit: (event) => { event.preventDefault(); save(); } },
    h('h2', { class: 'pf-v6-c-title pf-m-md' }, `Link ${network.name} to a provider network`),
    h('p', {}, `${network.name} stays as it is; its vNICs also get ports on the provider network you pick.`),
    h('div', { class: 'osn-form-row' },
      formGroup('Provider', h('span', { class: 'pf-v6-c-form-control' }, providerSelect), { required: true }),
      formGroup('Filter provider networks', h('span', { class: 'pf-v6-c-form-control' }, filterInput))),
    formGroup('Provider network', h('span', { class: 'pf-v6-c-form-control osn-list-select' }, networkSelect),
      { required: true }),
    status, messages);

  function paint() {
    const needle = filterInput.value.trim().toLowerCase();
    const shown = candidates.filter((c) => !needle || c.label.toLowerCase().includes(needle)
      || c.id.toLowerCase().includes(needle));
    replace(networkSelect, shown.slice(0, 500).map((c) => h('option', { value: c.id }, c.label)));
    replace(status, `${shown.length} of ${candidates.length} provider networks${shown.length > 500
      ? ' (first 500 shown: filter to narrow)' : ''}.`);
  }
  filterInput.addEventListener('input', paint);

  let loads = 0;
  async function load() {
    loads += 1;
    const mine = loads;
    candidates = [];
    replace(networkSelect);
    replace(status, spinner('sm', 'Loading provider networks'), ' Asking the provider for its networks…');
    try {
      const answer = await client.get(`openstacknetworkproviders/${encodeURIComponent(providerSelect.value)}/networks`);
      if (mine === loads) {
        candidates = linkCandidates(listOf(answer, 'openstack_network'), network);
        paint();
      }
    } catch (error) {
      if (mine === loads) {
        replace(status);
        replace(messages, faultAlert(describeFault('List the provider\'s networks', error)));
      }
    }
  }
  providerSelect.addEventListener('change', () => { replace(messages); load(); });

  const linkButton = button('Link', () => save(), { variant: 'primary', id: 'osn-link-save' });
  const cancelButton = button('Cancel', () => onDone(false), { variant: 'link' });

  function save() {
    const chosen = candidates.find((c) => c.id === networkSelect.value);
    if (!chosen) {
      replace(messages, alert('danger', 'Pick a provider network.', null, { testId: 'form-problems' }));
      return undefined;
    }
    cancelButton.disabled = true;
    return busy(linkButton, async () => {
      try {
        await client.post(`openstacknetworkproviders/${encodeURIComponent(providerSelect.value)}/networks/`
          + `${encodeURIComponent(chosen.id)}/link`, linkBody(network.id));
        api.showToast('success', `${network.name} is now also provided by ${chosen.name}.`);
        onDone(true);
      } catch (error) {
        replace(messages, faultAlert(describeFault(`Link ${network.name} to ${chosen.name}`, error)));
      } finally {
        cancelButton.disabled = false;
      }
    });
  }

  form.append(h('div', { class: 'pf-v6-c-form__group' }, h('div', { class: 'pf-v6-c-form__actions' }, linkButton,
    cancelButton)));
  load();
  return form;
}
