// Entry of the "External providers" detail place of a network: the providers whose networks provide it, for the
// network named in the content URL (the plugin sets it on NetworkSelectionChange).

import { getPluginApi } from '../../plugin-api.js';
import { createEngineClient } from '../../utils/fetch.js';
import { describeFault } from '../../utils/fault.js';
import { h, replace } from '../../ui/dom.js';
import { faultAlert, spinner } from '../../ui/components.js';
import { selectedId } from '../../integrations/selection-url.js';
import { providedByRows } from './provided-by.js';

const client = createEngineClient(getPluginApi());
const root = document.getElementById('osn-root');
let shown = 0;

const cell = (content, label) => h('td', { class: 'pf-v6-c-table__td', 'data-label': label }, content || '—');

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
      replace(root, h('div', { class: 'pf-v6-c-empty-state', 'data-test': 'provided-by-empty' },
        h('div', { class: 'pf-v6-c-empty-state__content' },
          h('h2', { class: 'pf-v6-c-empty-state__title-text' }, 'Not provided by an external provider'),
          h('div', { class: 'pf-v6-c-empty-state__body' },
            'This network exists in the engine only. Import a provider network into it or export it to a provider '
            + 'under External Networks.'))));
      return;
    }
    replace(root, h('table', { class: 'pf-v6-c-table pf-m-compact', 'aria-label': 'Providers of the network',
      'data-test': 'provided-by' },
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
