// The subnets of one provider network, asked live: the list with Remove per subnet, and a form to add one (IPv4,
// or IPv6 with its address and router advertisement modes). A read-only provider lists them only.

import { h, replace } from '../../ui/dom.js';
import { alert, busy, button, faultAlert, spinner } from '../../ui/components.js';
import { openModal } from '../../ui/modal.js';
import { openConfirm } from '../confirm-modal.js';
import { describeFault } from '../../utils/fault.js';
import { isTrue } from '../../utils/fetch.js';
import { ipv6ModesLabel, subnetBody, subnetRows, validateSubnet } from './subnet-model.js';
import { subnetFields } from './subnet-fields.js';

const cell = (label, ...content) => h('td', { class: 'pf-v6-c-table__td', 'data-label': label }, ...content);

export function openSubnets({ client, api }, { provider, network, onChanged }) {
  const path = `openstacknetworkproviders/${provider.id}/networks/${encodeURIComponent(network.id)}/subnets`;
  const readOnly = isTrue(provider.read_only);
  const messages = h('div', { class: 'osn-messages', 'aria-live': 'polite' });
  const listArea = h('div', { 'data-test': 'subnets-area' });
  let changed = false;

  const fields = subnetFields();
  const addButton = button('Add subnet', () => add(), { variant: 'secondary', id: 'osn-subnet-add' });
  const form = h('form', { class: 'pf-v6-c-form', novalidate: true, 'data-test': 'add-subnet-form',
    onsubmit: (event) => { event.preventDefault(); add(); } },
  h('h2', { class: 'pf-v6-c-title pf-m-md' }, 'Add a subnet'),
  fields.element,
  h('div', { class: 'pf-v6-c-form__group' }, h('div', { class: 'pf-v6-c-form__actions' }, addButton)));

  function table(rows) {
    return h('table', { class: 'pf-v6-c-table pf-m-compact', 'aria-label': `Subnets of ${network.name}`,
      'data-test': 'subnets' },
    h('thead', { class: 'pf-v6-c-table__thead' }, h('tr', { class: 'pf-v6-c-table__tr' },
      ['Name', 'CIDR', 'IP', 'Gateway', 'DNS servers', 'IPv6 modes (address / RA)', ''].map((label) => h('th',
        { class: 'pf-v6-c-table__th', scope: 'col' }, label || h('span', { class: 'pf-v6-screen-reader' }, 'Actions'))))),
    h('tbody', { class: 'pf-v6-c-table__tbody' }, rows.length ? rows.map((row) => h('tr', {
      class: 'pf-v6-c-table__tr', 'data-id': row.id },
    cell('Name', row.name || '—'),
    cell('CIDR', h('span', { class: 'osn-mono' }, row.cidr)),
    cell('IP', row.ipVersion === 'v6' ? 'IPv6' : 'IPv4'),
    cell('Gateway', row.gateway || '—'),
    cell('DNS servers', row.dnsServers.join(', ') || '—'),
    cell('IPv6 modes (address / RA)', ipv6ModesLabel(row) || '—'),
    cell('', readOnly ? '' : button('Remove', () => confirmRemove(row), { variant: 'secondary' }))))
      : h('tr', { class: 'pf-v6-c-table__tr' }, h('td', { class: 'pf-v6-c-table__td', colspan: '7' },
        'The network has no subnet.'))));
  }

  async function load() {
    replace(listArea, spinner('md', 'Loading subnets'), ' Asking the provider for the subnets…');
    try {
      replace(listArea, table(subnetRows(await client.get(path))));
    } catch (error) {
      replace(listArea, faultAlert(describeFault(`List the subnets of ${network.name}`, error)));
    }
  }

  function add() {
    const entered = fields.values();
    const problems = validateSubnet(entered);
    if (problems.length) {
      replace(messages, alert('danger', 'Please correct the subnet', h('ul', {}, problems.map((p) => h('li', {}, p))),
        { testId: 'form-problems' }));
      return undefined;
    }
    return busy(addButton, async () => {
      try {
        const created = await client.post(path, subnetBody(entered));
        changed = true;
        replace(messages, alert('success', `Subnet ${created.cidr || entered.cidr} added to ${network.name}.`, null,
          { testId: 'subnet-added' }));
        fields.reset();
        await load();
      } catch (error) {
        replace(messages, faultAlert(describeFault(`Add subnet ${entered.cidr.trim()}`, error)));
      }
    });
  }

  function confirmRemove(row) {
    openConfirm({
      title: 'Remove subnet',
      question: `Remove subnet ${row.name ? `${row.name} (${row.cidr})` : row.cidr} from ${network.name} on the `
        + `provider ${provider.name}? Ports with an address in it must be gone first.`,
      confirmLabel: 'Remove', testId: 'remove-subnet-dialog',
      failureTitle: `Remove subnet ${row.cidr}`,
      async onConfirm() {
        await client.remove(`${path}/${encodeURIComponent(row.id)}`);
        changed = true;
        api.showToast('success', `Subnet ${row.cidr} removed from ${network.name}.`);
        replace(messages);
        await load();
      },
    });
  }

  const closeButton = button('Close', () => modal.close(), { variant: 'link', id: 'osn-subnets-close' });
  const modal = openModal({
    title: `Subnets of ${network.name}`, testId: 'subnets-dialog', size: 'lg',
    body: [h('p', { class: 'osn-subtle' }, `On ${provider.name}${readOnly ? ' (read-only: subnets cannot be changed '
      + 'here)' : ''}.`), listArea, messages, readOnly ? null : form],
    footer: [closeButton],
    onClose() {
      if (changed && onChanged) {
        onChanged();
      }
    },
  });
  load();
  return modal;
}
