// The engine's Hosts place: list (HostSelectionChange), and the VMs running on the selected host, each with
// Migrate to another host of its cluster (the engine rebinds the VM's provider ports to the new host).

import { api, busy, el, list } from './engine-api.js';
import { renderEntityPlace } from './entity-place.js';

async function renderHostVms(panel, tools) {
  const { context } = tools;
  const host = tools.selected();
  const messages = el('div', { 'aria-live': 'polite' });
  const [vms, hosts] = await Promise.all([api(context, 'GET', 'vms').then((a) => list(a, 'vm')),
    api(context, 'GET', 'hosts').then((a) => list(a, 'host'))]);
  const running = vms.filter((vm) => vm.host?.id === host.id);
  const redraw = async () => {
    await renderHostVms(panel, tools);
  };
  const rows = running.map((vm) => {
    const targets = hosts.filter((h) => h.id !== host.id && h.cluster?.id === vm.cluster?.id);
    const target = el('select', { 'aria-label': `Host to migrate ${vm.name} to`, disabled: targets.length === 0 },
      targets.length ? targets.map((h) => el('option', { value: h.id }, h.name))
        : el('option', { value: '' }, 'no other host in the cluster'));
    const migrate = el('button', { class: 'pf-v6-c-button pf-m-secondary', type: 'button', 'data-action': 'migrate',
      disabled: targets.length === 0 || vm.status !== 'up',
      onclick: () => busy(migrate, messages, async () => {
        const to = targets.find((h) => h.id === target.value);
        await api(context, 'POST', `vms/${vm.id}/migrate`, { host: { id: target.value } });
        context.showToast('success', `${vm.name} migrated to ${to ? to.name : 'the host'}.`);
        await redraw();
        await tools.reload();
      }) }, 'Migrate');
    return el('tr', { class: 'pf-v6-c-table__tr', 'data-id': vm.id },
      el('td', { class: 'pf-v6-c-table__td' }, vm.name), el('td', { class: 'pf-v6-c-table__td' }, vm.status),
      el('td', { class: 'pf-v6-c-table__td' }, el('span', { class: 'pf-v6-c-form-control' }, target)),
      el('td', { class: 'pf-v6-c-table__td' }, migrate));
  });
  panel.replaceChildren(messages, running.length
    ? el('table', { class: 'pf-v6-c-table pf-m-compact', 'aria-label': `VMs on ${host.name}`, 'data-test': 'host-vms' },
      el('thead', { class: 'pf-v6-c-table__thead' }, el('tr', { class: 'pf-v6-c-table__tr' },
        ['VM', 'Status', 'Migrate to', 'Action'].map((h) => el('th', { class: 'pf-v6-c-table__th', scope: 'col' }, h)))),
      el('tbody', { class: 'pf-v6-c-table__tbody' }, rows))
    : el('p', {}, 'No VM runs on this host.'));
}

export function renderHosts(root, context) {
  return renderEntityPlace(root, context, {
    title: 'Hosts', entityType: 'Host', path: 'hosts', key: 'host', names: { clusters: 'cluster' },
    columns: [{ label: 'Name', value: (h) => h.name }, { label: 'Address', value: (h) => h.address },
      { label: 'Cluster', value: (h, n) => n.get(h.cluster?.id) }],
    tabs: [{ label: 'Virtual Machines', id: 'host-vms', render: (panel, tools) =>
      renderHostVms(panel, tools).catch((error) => context.showToast('danger', error.message)) }],
  });
}
