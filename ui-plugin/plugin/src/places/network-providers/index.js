// Entry of the "External providers" detail place of a network: the providers whose networks provide it, for the
// network named in the content URL (the plugin sets it on NetworkSelectionChange), with Link to another provider
// network and Remove of the network together with its provider networks. Both ask inside the tab, not in a
// dialog: a detail place's frame in the webadmin is too low for one.

import { getPluginApi } from '../../plugin-api.js';
import { createEngineClient, listOf } from '../../utils/fetch.js';
import { describeFault } from '../../utils/fault.js';
import { h, replace } from '../../ui/dom.js';
import { alert, busy, button, faultAlert, spinner } from '../../ui/components.js';
import { selectedId } from '../../integrations/selection-url.js';
import { linkNetworkForm } from './link-form.js';
import { providedByRows } from './provided-by.js';

const api = getPluginApi();
const client = createEngineClient(api);
const context = { api, client };
const root = document.getElementById('osn-root');
let shown = 0;

const cell = (content, label) => h('td', { class: 'pf-v6-c-table__td', 'data-label': label }, content || '—');

function toolbar(network, providers, rows) {
  const providerList = listOf(providers, 'openstack_network_provider').sort((a, b) => a.name.localeCompare(b.name));
  const askArea = h('div', { class: 'osn-ask', 'aria-live': 'polite' });
  const link = button('Link to a provider network', () => {
    replace(askArea, linkNetworkForm(context, { network, providers: providerList,
      onDone: (linked) => (linked ? show() : replace(askArea)) }));
    askArea.querySelector('select').focus();
  }, { id: 'osn-network-link', disabled: providerList.length === 0 });
  const remove = button('Remove with provider networks', () => {
    replace(askArea, removeQuestion(network, rows, () => replace(askArea)));
    askArea.querySelector('#osn-network-remove-confirm').focus();
  }, { id: 'osn-network-remove-on-provider', disabled: rows.length === 0 });
  return [h('div', { class: 'pf-v6-c-toolbar' }, h('div', { class: 'pf-v6-c-toolbar__content' },
    h('div', { class: 'pf-v6-c-toolbar__content-section osn-toolbar' }, link, remove))), askArea];
}

function removeQuestion(network, rows, onCancel) {
  const messages = h('div', { 'aria-live': 'polite' });
  const confirm = button('Remove', () => busy(confirm, async () => {
    try {
      await client.remove(`networks/${encodeURIComponent(network.id)}?remove_from_provider=true`);
      api.showToast('success', `Network ${network.name} removed, also on its providers.`);
      replace(root, h('p', { 'data-test': 'network-removed' }, `${network.name} was removed. Select another network.`));
    } catch (error) {
      replace(messages, faultAlert(describeFault(`Remove ${network.name} with its provider networks`, error)));
    }
  }), { variant: 'danger', id: 'osn-network-remove-confirm' });
  return h('section', { class: 'osn-inline-form', 'data-test': 'remove-on-provider',
    'aria-label': 'Remove network and provider networks' },
  alert('warning', `Remove ${network.name} from the engine and delete its network on every provider that provides it?`,
    [h('ul', { class: 'pf-v6-c-list' }, rows.map((row) => h('li', {}, `${row.providerName}: ${row.providerNetworkId}`))),
      h('p', {}, 'Refused while vNICs use the network, for a read-only provider, or while another data center also '
        + 'has the provider network.')]),
  messages,
  h('div', { class: 'osn-toolbar' }, confirm, button('Cancel', onCancel, { variant: 'link' })));
}

async function show() {
  shown += 1;
  const mine = shown;
  const networkId = selectedId(location.hash, 'network');
  if (!networkId) {
    replace(root, h('p', {}, 'Select a network to see the providers that provide it.'));
    return;
  }
  replace(root, spinner('lg', 'Loading the providers of the network'));
  try {
    const [network, providers] = await Promise.all([client.get(`networks/${encodeURIComponent(networkId)}`),
      client.get('openstacknetworkproviders')]);
    if (mine !== shown) {
      return;
    }
    const rows = providedByRows(network, providers);
    if (!rows.length) {
      replace(root, toolbar(network, providers, rows), h('div', { class: 'pf-v6-c-empty-state',
        'data-test': 'provided-by-empty' },
      h('div', { class: 'pf-v6-c-empty-state__content' },
        h('h2', { class: 'pf-v6-c-empty-state__title-text' }, 'Not provided by an external provider'),
        h('div', { class: 'pf-v6-c-empty-state__body' },
          'This network exists in the engine only. Link it to a provider network, or create networks on a '
          + 'provider under External Networks.'))));
      return;
    }
    replace(root, toolbar(network, providers, rows), h('table', { class: 'pf-v6-c-table pf-m-compact',
      'aria-label': 'Providers of the network', 'data-test': 'provided-by' },
    h('thead', { class: 'pf-v6-c-table__thead' }, h('tr', { class: 'pf-v6-c-table__tr' },
      ['Provider', 'URL', 'Provider network ID'].map((label) => h('th', { class: 'pf-v6-c-table__th', scope: 'col' }, label)))),
    h('tbody', { class: 'pf-v6-c-table__tbody' }, rows.map((row) => h('tr', { class: 'pf-v6-c-table__tr',
      'data-provider': row.providerId }, cell(row.providerName, 'Provider'), cell(row.providerUrl, 'URL'),
    cell(row.providerNetworkId, 'Provider network ID'))))));
  } catch (error) {
    if (mine === shown) {
      replace(root, faultAlert(describeFault('Read the providers of the network', error)));
    }
  }
}

window.addEventListener('hashchange', show);
show();
