// One provider: General, Networks and Certificates, as the detail tabs of an oVirt main place.

import { h, replace } from '../../ui/dom.js';
import { descriptionList, faultAlert, spinner, yesNo } from '../../ui/components.js';
import { describeFault } from '../../utils/fault.js';
import { isTrue } from '../../utils/fetch.js';
import { renderNetworksTab } from './networks-tab.js';
import { renderCertificatesTab } from './certificates-tab.js';
import { renderOrphanPortsTab } from './orphan-ports-tab.js';
import { PROVIDER_TYPES } from '../../modals/provider-form/provider-model.js';

const TABS = [['general', 'General'], ['networks', 'Networks'], ['orphans', 'Orphan ports'],
  ['certificates', 'Certificates']];

export async function renderProviderDetail(context, providerId, tab) {
  const { client, root } = context;
  const content = h('div', { class: 'osn-tab-content' }, spinner('lg', 'Loading provider'));
  const heading = h('h1', { class: 'pf-v6-c-title pf-m-xl' }, 'Provider');
  replace(root, h('section', { class: 'pf-v6-c-page__main-section osn-place' },
    h('nav', { class: 'pf-v6-c-breadcrumb', 'aria-label': 'Breadcrumb' },
      h('ol', { class: 'pf-v6-c-breadcrumb__list' },
        h('li', { class: 'pf-v6-c-breadcrumb__item' },
          h('a', { class: 'pf-v6-c-breadcrumb__link', href: '#' }, 'External Network Providers')))),
    heading,
    h('div', { class: 'pf-v6-c-tabs', role: 'region', 'aria-label': 'Provider details' },
      h('ul', { class: 'pf-v6-c-tabs__list', role: 'tablist' },
        TABS.map(([id, label]) => h('li', { class: ['pf-v6-c-tabs__item', id === tab && 'pf-m-current'],
          role: 'presentation' },
        h('a', { class: 'pf-v6-c-tabs__link', role: 'tab', 'aria-selected': String(id === tab),
          href: `#provider/${encodeURIComponent(providerId)}/${id}`, 'data-test': `tab-${id}` },
        h('span', { class: 'pf-v6-c-tabs__item-text' }, label)))))),
    content));

  let provider;
  try {
    provider = await client.get(`openstacknetworkproviders/${encodeURIComponent(providerId)}`);
  } catch (error) {
    replace(content, faultAlert(describeFault('Load provider', error)));
    return;
  }
  heading.textContent = provider.name;
  if (tab === 'networks') {
    renderNetworksTab(context, provider, content);
  } else if (tab === 'orphans') {
    renderOrphanPortsTab(context, provider, content);
  } else if (tab === 'certificates') {
    renderCertificatesTab(context, provider, content);
  } else {
    replace(content, descriptionList([
      ['Name', provider.name],
      ['Description', provider.description || '—'],
      ['Type', (PROVIDER_TYPES.find(([value]) => value === provider.type) || [null, provider.type])[1]],
      ['URL', provider.url],
      ['Authentication', isTrue(provider.requires_authentication) ? 'Keystone' : 'None'],
      ...(isTrue(provider.requires_authentication) ? [
        ['Username', provider.username || ''],
        ['Authentication URL', provider.authentication_url || ''],
        ['Project / tenant', provider.project_name || provider.tenant_name || ''],
      ] : []),
      ['Read-only', yesNo(isTrue(provider.read_only))],
      ['Automatic synchronization', yesNo(isTrue(provider.auto_sync))],
      ['ID', provider.id],
    ]));
  }
}
