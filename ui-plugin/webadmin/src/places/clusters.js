// The engine's Clusters place: list, select (ClusterSelectionChange), the networks attached to the selected one.

import { api, el, list } from './engine-api.js';
import { renderEntityPlace } from './entity-place.js';

export function renderClusters(root, context) {
  renderEntityPlace(root, context, {
    title: 'Clusters', entityType: 'Cluster', path: 'clusters', key: 'cluster',
    columns: [{ label: 'Name', value: (c) => c.name }, { label: 'Data center', value: (c, n) => n.get(c.data_center?.id) }],
    names: { datacenters: 'data_center' },
    tabs: [{ label: 'Logical Networks', id: 'cluster-networks', async render(panel, tools) {
      const networks = list(await api(context, 'GET', `clusters/${tools.selected().id}/networks`), 'network');
      panel.replaceChildren(networks.length
        ? el('ul', { 'data-test': 'cluster-networks' }, networks.map((n) => el('li', {}, n.name)))
        : el('p', {}, 'No network is attached to this cluster.'));
    } }],
  });
}
