// Export: a new engine network made on the provider first (name, MTU, flat or VLAN on a physical network, port
// security, an optional subnet), then added to the data center and provided by the new provider network. The
// engine undoes the provider side when a later step fails, so the dialog has nothing to clean up.

import { h, replace } from '../../ui/dom.js';
import { alert, busy, button, checkbox, faultAlert, formGroup, select, textInput } from '../../ui/components.js';
import { openModal } from '../../ui/modal.js';
import { describeFault } from '../../utils/fault.js';
import { listOf } from '../../utils/fetch.js';
import { subnetFields } from '../subnets/subnet-fields.js';
import { exportBody, physicalNetworkEffect, physicalNetworkLabel, validateExport } from './export-request.js';

export function openExportNetwork({ client, api }, { provider, dataCenters, onExported }) {
  const messages = h('div', { class: 'osn-messages', 'aria-live': 'polite' });
  const physicalSelect = h('select', { name: 'physicalNetwork' });
  const physicalHelper = h('span', { 'data-test': 'physical-network-effect' });
  const subnet = subnetFields();
  const subnetBox = h('div', { 'data-test': 'export-subnet' }, subnet.element);
  let physicalNetworks = [];

  const form = h('form', { class: 'pf-v6-c-form', novalidate: true, onsubmit: (event) => { event.preventDefault(); save(); } },
    h('p', { class: 'osn-subtle' }, `The network is created on ${provider.name} first, then added to the data center, `
      + 'provided by it.'),
    h('div', { class: 'osn-form-row' },
      formGroup('Network name', textInput('name', { required: true }), { required: true }),
      formGroup('Data center', select('dataCenter', dataCenters.map((dc) => [dc.id, dc.name]),
        dataCenters[0] && dataCenters[0].id), { required: true })),
    formGroup('Description', textInput('description')),
    h('div', { class: 'osn-form-row' },
      formGroup('MTU', textInput('mtu', { placeholder: 'default' }), { helper: 'Empty: the provider\'s default.' }),
      formGroup('Port security', select('portSecurity', [['', 'Provider default'], ['on', 'Enabled'],
        ['off', 'Disabled']], ''))),
    formGroup('Physical network', h('span', { class: 'pf-v6-c-form-control' }, physicalSelect),
      { helper: physicalHelper }),
    checkbox('withSubnet', 'Create a subnet on the new network', false),
    subnetBox,
    messages);
  const field = (name) => form.elements[name];

  function showPhysicalEffect() {
    replace(physicalHelper, physicalNetworkEffect(physicalNetworks.find((n) => n.id === physicalSelect.value)));
  }
  physicalSelect.addEventListener('change', showPhysicalEffect);
  const showSubnet = () => { subnetBox.hidden = !field('withSubnet').checked; };
  field('withSubnet').addEventListener('change', showSubnet);
  showSubnet();

  let loads = 0;
  async function loadPhysicalNetworks() {
    loads += 1;
    const mine = loads;
    replace(physicalSelect, h('option', { value: '' }, 'None (provider default type)'));
    physicalNetworks = [];
    showPhysicalEffect();
    if (!field('dataCenter').value) {
      return;
    }
    try {
      const answer = await client.get(`datacenters/${encodeURIComponent(field('dataCenter').value)}/networks`);
      if (mine !== loads) {
        return;
      }
      physicalNetworks = listOf(answer, 'network').sort((a, b) => a.name.localeCompare(b.name));
      physicalSelect.append(...physicalNetworks.map((n) => h('option', { value: n.id }, physicalNetworkLabel(n))));
    } catch (error) {
      replace(messages, faultAlert(describeFault('List the networks of the data center', error)));
    }
  }
  field('dataCenter').addEventListener('change', loadPhysicalNetworks);

  function values() {
    return {
      providerId: provider.id, name: field('name').value, description: field('description').value,
      dataCenterId: field('dataCenter').value, mtu: field('mtu').value, portSecurity: field('portSecurity').value,
      physicalNetworkId: physicalSelect.value, withSubnet: field('withSubnet').checked, subnet: subnet.values(),
    };
  }

  const saveButton = button('Create', () => save(), { variant: 'primary', id: 'osn-export-save' });
  const cancelButton = button('Cancel', () => modal.close(), { variant: 'link' });

  function save() {
    const entered = values();
    const problems = validateExport(entered);
    if (problems.length) {
      replace(messages, alert('danger', 'Please correct the form', h('ul', {}, problems.map((p) => h('li', {}, p))),
        { testId: 'form-problems' }));
      messages.scrollIntoView({ block: 'nearest' });
      return undefined;
    }
    cancelButton.disabled = true;
    return busy(saveButton, async () => {
      try {
        const network = await client.post('networks', exportBody(entered));
        api.showToast('success', `Network ${network.name || entered.name.trim()} created on ${provider.name}.`);
        modal.close();
        onExported(network);
      } catch (error) {
        replace(messages, faultAlert(describeFault(`Create ${entered.name.trim()} on ${provider.name}`, error)));
        messages.scrollIntoView({ block: 'nearest' });
      } finally {
        cancelButton.disabled = false;
      }
    });
  }

  const modal = openModal({ title: 'New network on the provider', testId: 'export-network', size: 'md', body: form,
    footer: [saveButton, cancelButton] });
  loadPhysicalNetworks();
  return modal;
}
