// A main place of engine entities as the webadmin has them: a toolbar, a list to select from, and under it the
// selected entity's detail tabs (the host's own and those plugins add with addDetailPlace for its entity type).
// Selecting fires <EntityType>SelectionChange(...selected) to the plugins, before the detail tabs are shown.

import { api, el, list } from './engine-api.js';

/**
 * @param {HTMLElement} root
 * @param {object} context from the shell: session, showToast, engineBaseUrl, fireSelection, detailPlacesFor, detailFrame
 * @param {object} spec {title, entityType, path, key, columns: [{label, value(entity, names)}], toolbar?(tools),
 *   tabs?: [{label, id, render}], names?: {path: key} collections whose names the columns show instead of ids}
 */
export function renderEntityPlace(root, context, spec) {
  let entities = [];
  let selected = null;
  let currentTab = null;
  let names = new Map();
  const messages = el('div', { class: 'osn-messages', 'aria-live': 'polite' });
  const toolbar = el('div', { class: 'osn-toolbar osn-toolbar--wide' });
  const body = el('tbody', { class: 'pf-v6-c-table__tbody' });
  const table = el('table', { class: 'pf-v6-c-table pf-m-compact', 'aria-label': spec.title, 'data-test': spec.key },
    el('thead', { class: 'pf-v6-c-table__thead' }, el('tr', { class: 'pf-v6-c-table__tr' },
      spec.columns.map((c) => el('th', { class: 'pf-v6-c-table__th', scope: 'col' }, c.label)))),
    body);
  const detail = el('section', { class: 'osn-detail', 'aria-label': 'Details of the selected item' });
  root.replaceChildren(el('section', { class: 'osn-place' },
    el('h1', { class: 'pf-v6-c-title pf-m-xl' }, spec.title), toolbar, messages, table, detail));

  const tools = {
    context, messages,
    selected: () => selected,
    reload: () => load(),
    select: (id) => select(entities.find((e) => e.id === id) || null),
  };

  function paintRows() {
    body.replaceChildren(...entities.map((entity) => {
      const row = el('tr', { class: `pf-v6-c-table__tr pf-m-clickable${selected?.id === entity.id ? ' pf-m-selected' : ''}`,
        'data-id': entity.id, tabindex: '0', 'aria-selected': String(selected?.id === entity.id),
        onclick: () => select(entity),
        onkeydown: (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); select(entity); } } },
      spec.columns.map((c) => el('td', { class: 'pf-v6-c-table__td', 'data-label': c.label },
        String(c.value(entity, names) ?? '—'))));
      return row;
    }));
  }

  function paintDetail() {
    if (!selected) {
      detail.replaceChildren();
      return;
    }
    const tabs = [...(spec.tabs || []).map((t) => ({ ...t, own: true })),
      ...context.detailPlacesFor(spec.entityType).map((p) => ({ label: p.label, id: p.historyToken, place: p }))];
    if (!tabs.some((t) => t.id === currentTab)) {
      currentTab = tabs[0]?.id;
    }
    const panel = el('div', { class: 'osn-detail__panel', role: 'tabpanel' });
    const tabList = el('ul', { class: 'osn-tabs', role: 'tablist', 'aria-label': `${selected.name} details` },
      tabs.map((t) => el('li', { role: 'presentation' }, el('button', {
        class: `osn-tab${t.id === currentTab ? ' pf-m-current' : ''}`, type: 'button', role: 'tab', 'data-tab': t.id,
        'aria-selected': String(t.id === currentTab), onclick: () => { currentTab = t.id; paintDetail(); },
      }, t.label))));
    detail.replaceChildren(el('h2', { class: 'pf-v6-c-title pf-m-lg' }, selected.name), tabList, panel);
    const tab = tabs.find((t) => t.id === currentTab);
    if (tab?.own) {
      tab.render(panel, tools);
    } else if (tab) {
      panel.append(context.detailFrame(tab.place));
    }
  }

  function select(entity) {
    selected = entity;
    paintRows();
    context.fireSelection(`${spec.entityType}SelectionChange`, selected ? [selected] : []);
    paintDetail();
  }

  async function load() {
    try {
      const [answer, ...named] = await Promise.all([api(context, 'GET', spec.path),
        ...Object.entries(spec.names || {}).map(([path, key]) => api(context, 'GET', path).then((a) => list(a, key)))]);
      entities = list(answer, spec.key);
      names = new Map(named.flat().map((e) => [e.id, e.name]));
      selected = entities.find((e) => e.id === selected?.id) || null;
      paintRows();
      paintDetail();
    } catch (error) {
      messages.replaceChildren(el('div', { class: 'pf-v6-c-alert pf-m-inline pf-m-danger', role: 'alert' },
        el('p', { class: 'pf-v6-c-alert__title' }, error.message)));
    }
  }

  spec.toolbar?.(toolbar, tools);
  load();
  return tools;
}
