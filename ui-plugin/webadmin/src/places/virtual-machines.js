// The engine's Virtual Machines place: add (name, cluster), Run, Stop, Remove, and the selected VM's vNICs
// (add with a profile, plug, unplug). Selecting fires VirtualMachineSelectionChange.

import { api, busy, el, list } from './engine-api.js';
import { renderEntityPlace } from './entity-place.js';

const isTrue = (value) => value === true || value === 'true';

function vmToolbar(toolbar, tools) {
  const { context, messages } = tools;
  const name = el('input', { name: 'name', 'aria-label': 'New VM name', placeholder: 'New VM name', required: true });
  const cluster = el('select', { name: 'cluster', 'aria-label': 'Cluster of the new VM', required: true });
  api(context, 'GET', 'clusters').then((answer) => cluster.replaceChildren(
    ...list(answer, 'cluster').map((c) => el('option', { value: c.id }, c.name))))
    .catch(() => {});
  const add = el('button', { class: 'pf-v6-c-button pf-m-primary', type: 'submit' }, 'Add VM');
  const form = el('form', { class: 'osn-toolbar', 'data-test': 'vm-add', onsubmit: (event) => {
    event.preventDefault();
    busy(add, messages, async () => {
      const vm = await api(context, 'POST', 'vms', { name: name.value.trim(), cluster: { id: cluster.value } });
      context.showToast('success', `VM ${vm.name} added.`);
      form.reset();
      await tools.reload();
      tools.select(vm.id);
    });
  } }, el('span', { class: 'pf-v6-c-form-control' }, name), el('span', { class: 'pf-v6-c-form-control' }, cluster), add);

  const action = (label, test, run) => {
    const button = el('button', { class: 'pf-v6-c-button pf-m-secondary', type: 'button', 'data-action': test,
      onclick: () => {
        const vm = tools.selected();
        if (!vm) {
          context.showToast('info', 'Select a VM first.');
          return;
        }
        busy(button, messages, async () => {
          await run(vm);
          context.showToast('success', `${label}: ${vm.name}.`);
          await tools.reload();
        });
      } }, label);
    return button;
  };
  toolbar.append(form,
    action('Run', 'run', (vm) => api(context, 'POST', `vms/${vm.id}/start`, {})),
    action('Stop', 'stop', (vm) => api(context, 'POST', `vms/${vm.id}/stop`, {})),
    action('Remove', 'remove', (vm) => api(context, 'DELETE', `vms/${vm.id}`)));
}

async function renderNics(panel, tools) {
  const { context } = tools;
  const vm = tools.selected();
  const messages = el('div', { 'aria-live': 'polite' });
  const [nics, profiles] = await Promise.all([
    api(context, 'GET', `vms/${vm.id}/nics`).then((a) => list(a, 'nic')),
    api(context, 'GET', 'vnicprofiles').then((a) => list(a, 'vnic_profile')),
  ]);
  const profileName = (id) => profiles.find((p) => p.id === id)?.name || '—';
  const redraw = () => renderNics(panel, tools).catch((error) => context.showToast('danger', error.message));
  const rows = nics.map((nic) => {
    const plugged = isTrue(nic.plugged);
    const toggle = el('button', { class: 'pf-v6-c-button pf-m-link', type: 'button', 'data-action': plugged ? 'unplug' : 'plug',
      onclick: () => busy(toggle, messages, async () => {
        await api(context, 'POST', `vms/${vm.id}/nics/${nic.id}/${plugged ? 'deactivate' : 'activate'}`, {});
        await redraw();
      }) }, plugged ? 'Unplug' : 'Plug');
    return el('tr', { class: 'pf-v6-c-table__tr', 'data-id': nic.id },
      el('td', { class: 'pf-v6-c-table__td' }, nic.name), el('td', { class: 'pf-v6-c-table__td' }, profileName(nic.vnic_profile?.id)),
      el('td', { class: 'pf-v6-c-table__td' }, nic.mac?.address || '—'),
      el('td', { class: 'pf-v6-c-table__td' }, plugged ? 'plugged' : 'unplugged'), el('td', { class: 'pf-v6-c-table__td' }, toggle));
  });
  const name = el('input', { name: 'name', 'aria-label': 'New vNIC name', placeholder: 'New vNIC name', required: true });
  const profile = el('select', { name: 'profile', 'aria-label': 'vNIC profile', required: true },
    profiles.map((p) => el('option', { value: p.id }, p.name)));
  const add = el('button', { class: 'pf-v6-c-button pf-m-primary', type: 'submit' }, 'Add vNIC');
  const form = el('form', { class: 'osn-toolbar', 'data-test': 'nic-add', onsubmit: (event) => {
    event.preventDefault();
    busy(add, messages, async () => {
      await api(context, 'POST', `vms/${vm.id}/nics`, { name: name.value.trim(), vnic_profile: { id: profile.value } });
      await redraw();
    });
  } }, el('span', { class: 'pf-v6-c-form-control' }, name), el('span', { class: 'pf-v6-c-form-control' }, profile), add);
  panel.replaceChildren(form, messages, nics.length
    ? el('table', { class: 'pf-v6-c-table pf-m-compact', 'aria-label': 'vNICs', 'data-test': 'nics' },
      el('thead', { class: 'pf-v6-c-table__thead' }, el('tr', { class: 'pf-v6-c-table__tr' },
        ['Name', 'Profile', 'MAC', 'State', 'Action'].map((h) => el('th', { class: 'pf-v6-c-table__th', scope: 'col' }, h)))),
      el('tbody', { class: 'pf-v6-c-table__tbody' }, rows))
    : el('p', {}, 'This VM has no vNIC.'));
}

export function renderVirtualMachines(root, context) {
  renderEntityPlace(root, context, {
    title: 'Virtual Machines', entityType: 'VirtualMachine', path: 'vms', key: 'vm',
    names: { clusters: 'cluster', hosts: 'host' },
    columns: [{ label: 'Name', value: (vm) => vm.name }, { label: 'Cluster', value: (vm, n) => n.get(vm.cluster?.id) },
      { label: 'Status', value: (vm) => vm.status }, { label: 'Host', value: (vm, n) => n.get(vm.host?.id) }],
    toolbar: vmToolbar,
    tabs: [{ label: 'Network Interfaces', id: 'vm-nics', render: (panel, tools) =>
      renderNics(panel, tools).catch((error) => context.showToast('danger', error.message)) }],
  });
}
