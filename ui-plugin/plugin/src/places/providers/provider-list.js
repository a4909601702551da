// The providers table with its actions (Add, Edit, Remove, Test, Sync).

import { h, replace } from '../../ui/dom.js';
import { button, busy, faultAlert, spinner, alert, yesNo } from '../../ui/components.js';
import { describeFault, faultLine } from '../../utils/fault.js';
import { isTrue, listOf } from '../../utils/fetch.js';
import { openProviderForm } from '../../modals/provider-form/provider-form-modal.js';
import { openConfirm } from '../../modals/confirm-modal.js';
import { openSyncProvider } from '../../modals/sync-provider/sync-provider-modal.js';
import { PROVIDER_TYPES } from '../../modals/provider-form/provider-model.js';

// the result of the last Test per provider, for as long as the page lives (the engine keeps none)
const lastTests = new Map();

// the short name in the table; the dialog and General say it in full
const typeLabel = (type) => (PROVIDER_TYPES.find(([value]) => value === type) || [type, type])[1].replace(/ \(.*\)$/, '');

export function renderProviderList(context) {
  const { client, root, api } = context;
  let providers = [];
  let selectedId = null;
  const messages = h('div', { class: 'osn-messages', 'aria-live': 'polite' });
  const body = h('tbody', { class: 'pf-v6-c-table__tbody' });
  const count = h('span', { class: 'osn-count', 'data-test': 'provider-count' });

  const addButton = button('Add', () => openProviderForm(context, { onSaved: reload }), { variant: 'primary',
    id: 'osn-provider-add' });
  const editButton = button('Edit', () => openProviderForm(context, { provider: selected(), onSaved: reload }),
    { id: 'osn-provider-edit', disabled: true });
  const removeButton = button('Remove', () => remove(), { id: 'osn-provider-remove', disabled: true });
  const testButton = button('Test', () => test(), { id: 'osn-provider-test', disabled: true });
  const syncButton = button('Sync', () => openSyncProvider(context, { provider: selected() }),
    { id: 'osn-provider-sync', disabled: true });

  replace(root,
    h('section', { class: 'pf-v6-c-page__main-section osn-place' },
      h('h1', { class: 'pf-v6-c-title pf-m-xl' }, 'External Network Providers'),
      h('div', { class: 'pf-v6-c-toolbar' },
        h('div', { class: 'pf-v6-c-toolbar__content' },
          h('div', { class: 'pf-v6-c-toolbar__content-section osn-toolbar' }, addButton, editButton, removeButton,
            testButton, syncButton, count))),
      messages,
      h('table', { class: 'pf-v6-c-table pf-m-compact', 'aria-label': 'External network providers',
        'data-test': 'providers' },
      h('thead', { class: 'pf-v6-c-table__thead' },
        h('tr', { class: 'pf-v6-c-table__tr' },
          ['', 'Name', 'Type', 'URL', 'Authentication', 'Read-only', 'Auto-sync', 'Last test'].map((label) =>
            h('th', { class: 'pf-v6-c-table__th', scope: 'col' },
              label || h('span', { class: 'pf-v6-screen-reader' }, 'Select'))))),
      body)));

  function selected() {
    return providers.find((p) => p.id === selectedId);
  }

  function updateButtons() {
    [editButton, removeButton, testButton, syncButton].forEach((b) => { b.disabled = !selected(); });
  }

  function showMessage(element) {
    replace(messages, element);
  }

  function row(provider) {
    const radio = h('input', { type: 'radio', name: 'osn-provider', value: provider.id, checked: provider.id === selectedId,
      'aria-label': `Select ${provider.name}`, onchange: () => { selectedId = provider.id; paint(); } });
    const test = lastTests.get(provider.id);
    return h('tr', { class: ['pf-v6-c-table__tr', provider.id === selectedId && 'pf-m-selected'], 'data-id': provider.id,
      onclick: (event) => { if (event.target.tagName !== 'A') { selectedId = provider.id; paint(); } } },
    h('td', { class: 'pf-v6-c-table__td pf-v6-c-table__check' }, radio),
    h('td', { class: 'pf-v6-c-table__td', 'data-label': 'Name' },
      h('a', { href: `#provider/${encodeURIComponent(provider.id)}` }, provider.name)),
    h('td', { class: 'pf-v6-c-table__td', 'data-label': 'Type' }, typeLabel(provider.type)),
    h('td', { class: 'pf-v6-c-table__td', 'data-label': 'URL' }, provider.url),
    h('td', { class: 'pf-v6-c-table__td', 'data-label': 'Authentication' },
      isTrue(provider.requires_authentication) ? `Keystone (${provider.username || ''})` : 'None'),
    h('td', { class: 'pf-v6-c-table__td', 'data-label': 'Read-only' }, yesNo(isTrue(provider.read_only))),
    h('td', { class: 'pf-v6-c-table__td', 'data-label': 'Auto-sync' }, yesNo(isTrue(provider.auto_sync))),
    h('td', { class: 'pf-v6-c-table__td', 'data-label': 'Last test', 'data-test': 'last-test' },
      test ? `${test.ok ? 'Succeeded' : 'Failed'} at ${test.at.toLocaleTimeString()}` : '—'));
  }

  function paint() {
    if (providers.length === 0) {
      replace(body, h('tr', { class: 'pf-v6-c-table__tr' }, h('td', { class: 'pf-v6-c-table__td', colspan: '8' },
        'No providers yet. Add one to import its networks.')));
    } else {
      replace(body, providers.map(row));
    }
    count.textContent = `${providers.length} provider${providers.length === 1 ? '' : 's'}`;
    updateButtons();
  }

  async function reload() {
    // the rows stay while the list is asked again; only the first load has nothing to show meanwhile
    if (providers.length === 0) {
      replace(body, h('tr', { class: 'pf-v6-c-table__tr' }, h('td', { class: 'pf-v6-c-table__td', colspan: '8' },
        spinner('md', 'Loading providers'), ' Loading providers…')));
    } else {
      replace(count, spinner('sm', 'Refreshing providers'));
    }
    try {
      providers = listOf(await client.get('openstacknetworkproviders'), 'openstack_network_provider')
        .sort((a, b) => a.name.localeCompare(b.name));
      if (!selected()) {
        selectedId = null;
      }
      paint();
    } catch (error) {
      providers = [];
      paint();
      showMessage(faultAlert(describeFault('Load providers', error)));
    }
  }

  async function test() {
    const provider = selected();
    await busy(testButton, async () => {
      try {
        await client.post(`openstacknetworkproviders/${provider.id}/testconnectivity`, {});
        lastTests.set(provider.id, { ok: true, at: new Date() });
        showMessage(alert('success', `Connection to ${provider.name} succeeded.`, null, { testId: 'test-ok' }));
      } catch (error) {
        lastTests.set(provider.id, { ok: false, at: new Date() });
        showMessage(faultAlert(describeFault(`Test provider ${provider.name}`, error)));
      }
    });
    paint();
  }

  function remove() {
    const provider = selected();
    openConfirm({
      title: 'Remove provider',
      question: `Remove the provider ${provider.name}? Its networks stay on the provider; networks imported from it `
        + 'stay in their data centers.',
      confirmLabel: 'Remove',
      testId: 'remove-provider-dialog',
      async onConfirm() {
        await client.remove(`openstacknetworkproviders/${provider.id}`);
        api.showToast('success', `Provider ${provider.name} removed.`);
        lastTests.delete(provider.id);
        selectedId = null;
        await reload();
      },
      failureTitle: `Remove provider ${provider.name}`,
    });
  }

  reload();
  return { reload, faultLine };
}
