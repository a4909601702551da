// Entry of the "Provider ports" detail place of a VM: each vNIC's port on its network's provider, for the VM
// named in the content URL (the plugin sets it on VirtualMachineSelectionChange).

import { getPluginApi } from '../../plugin-api.js';
import { createEngineClient, listOf } from '../../utils/fetch.js';
import { describeFault } from '../../utils/fault.js';
import { h, replace } from '../../ui/dom.js';
import { faultAlert, spinner } from '../../ui/components.js';
import { providerPortRows } from './provider-port-rows.js';
import { selectedId } from '../../integrations/selection-url.js';

const api = getPluginApi();
const client = createEngineClient(api);
const root = document.getElementById('osn-root');
let shown = 0;

const cell = (text, label) => h('td', { class: 'pf-v6-c-table__td', 'data-label': label }, text || '—');

async function providerNames() {
  const answer = await client.get('openstacknetworkproviders');
  return new Map(listOf(answer, 'openstack_network_provider').map((p) => [p.id, p.name]));
}

async function show() {
  shown += 1;
  const mine = shown;
  const vmId = selectedId(location.hash, 'vm');
  if (!vmId) {
    replace(root, h('p', { 'data-test': 'ports-no-vm' }, 'Select a virtual machine to see its provider ports.'));
    return;
  }
  replace(root, spinner('lg', 'Loading provider ports'));
  try {
    const [rows, names] = await Promise.all([client.get(`vms/${encodeURIComponent(vmId)}/nics`).then(providerPortRows),
      providerNames()]);
    if (mine !== shown) {
      return; // another VM was selected meanwhile
    }
    if (!rows.length) {
      replace(root, h('div', { class: 'pf-v6-c-empty-state', 'data-test': 'ports-empty' },
        h('div', { class: 'pf-v6-c-empty-state__content' },
          h('h2', { class: 'pf-v6-c-empty-state__title-text' }, 'No provider ports'),
          h('div', { class: 'pf-v6-c-empty-state__body' }, 'None of this VM\'s vNICs is on a network of an external '
            + 'provider, or the VM has not run yet: ports are created when it starts or a vNIC is hot-plugged.'))));
      return;
    }
    replace(root, h('table', { class: 'pf-v6-c-table pf-m-compact', 'aria-label': 'Provider ports', 'data-test': 'provider-ports' },
      h('thead', { class: 'pf-v6-c-table__thead' }, h('tr', { class: 'pf-v6-c-table__tr' },
        ['vNIC', 'Port ID', 'Provider', 'Plugin / provider type', 'Security groups', 'Host binding', 'State']
          .map((label) => h('th', { class: 'pf-v6-c-table__th', scope: 'col' }, label)))),
      h('tbody', { class: 'pf-v6-c-table__tbody' }, rows.map((row) => h('tr', { class: 'pf-v6-c-table__tr', 'data-nic': row.nicId },
        cell(row.nicName, 'vNIC'), cell(row.portId, 'Port ID'),
        cell(names.get(row.providerId) || row.providerId, 'Provider'),
        cell([row.pluginType, row.providerType].filter(Boolean).join(' / '), 'Plugin / provider type'),
        cell(row.securityGroups.join(', ') || 'none', 'Security groups'),
        cell(row.hostBinding, 'Host binding'), cell(row.state, 'State'))))));
  } catch (error) {
    if (mine === shown) {
      replace(root, faultAlert(describeFault('Read the provider ports', error)));
    }
  }
}

window.addEventListener('hashchange', show);
show();
