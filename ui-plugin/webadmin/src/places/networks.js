// The engine's Networks place: list, select (NetworkSelectionChange), the selected one's vNIC profiles.

import { api, el, list } from './engine-api.js';
import { renderEntityPlace } from './entity-place.js';

export function renderNetworks(root, context) {
  renderEntityPlace(root, context, {
    title: 'Networks', entityType: 'Network', path: 'networks', key: 'network', names: { datacenters: 'data_center' },
    columns: [{ label: 'Name', value: (n) => n.name }, { label: 'Data center', value: (n, names) => names.get(n.data_center?.id) },
      { label: 'MTU', value: (n) => n.mtu }],
    tabs: [{ label: 'vNIC Profiles', id: 'network-profiles', async render(panel, tools) {
      const profiles = list(await api(context, 'GET', `networks/${tools.selected().id}/vnicprofiles`), 'vnic_profile');
      panel.replaceChildren(profiles.length
        ? el('ul', { 'data-test': 'network-profiles' }, profiles.map((p) => el('li', {}, p.name)))
        : el('p', {}, 'This network has no vNIC profile.'));
    } }],
  });
}
