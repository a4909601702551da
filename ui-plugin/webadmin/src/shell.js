// The standalone webadmin's shell: masthead, menu of places (the engine's own and those plugins add), content
// area, toasts — and the plugin API functions that act on them.

import { createPluginManager } from './plugin-lifecycle.js';
import { engineBaseUrl, logOut } from './session.js';
import { renderDataCenters } from './places/data-centers.js';
import { renderClusters } from './places/clusters.js';
import { renderNetworks } from './places/networks.js';
import { renderVirtualMachines } from './places/virtual-machines.js';
import { renderHosts } from './places/hosts.js';

const ENGINE_PLACES = [
  { historyToken: 'dataCenters', label: 'Data Centers', priority: 0, render: renderDataCenters, defaultPlace: true },
  { historyToken: 'clusters', label: 'Clusters', priority: 1, render: renderClusters },
  { historyToken: 'networks', label: 'Networks', priority: 2, render: renderNetworks },
  { historyToken: 'hosts', label: 'Hosts', priority: 3, render: renderHosts },
  { historyToken: 'vms', label: 'Virtual Machines', priority: 4, render: renderVirtualMachines },
];

export function renderShell(root, session, descriptors, onLoggedOut) {
  root.innerHTML = '';
  const places = ENGINE_PLACES.map((p) => ({ ...p }));
  const detailPlaces = [];
  const actionButtons = [];
  const frames = new Map();
  const detailFrames = new Map();
  let manager;

  const masthead = el('header', 'pf-v6-c-masthead osn-masthead');
  const brand = el('span', 'osn-brand');
  brand.textContent = 'Open Virtualization Manager';
  const user = el('span', 'osn-user');
  user.textContent = session.userName;
  user.dataset.test = 'login-user-name';
  const logout = el('button', 'pf-v6-c-button pf-m-plain osn-logout');
  logout.type = 'button';
  logout.textContent = 'Log out';
  logout.addEventListener('click', async () => { await logOut(session); onLoggedOut(); });
  masthead.append(brand, user, logout);

  const nav = el('nav', 'osn-nav');
  nav.setAttribute('aria-label', 'Main menu');
  const navList = el('ul', 'osn-nav__list');
  nav.append(navList);
  const content = el('main', 'osn-content');
  content.id = 'osn-content';
  const toasts = el('ul', 'pf-v6-c-alert-group pf-m-toast osn-toasts');
  toasts.setAttribute('aria-live', 'polite');
  const body = el('div', 'osn-body');
  body.append(nav, content);
  root.append(masthead, body, toasts);

  function showToast(type, message, autoHideMs = 8000) {
    const item = el('li', 'pf-v6-c-alert-group__item');
    const alert = el('div', `pf-v6-c-alert pf-m-${['info', 'success', 'warning', 'danger'].includes(type) ? type : 'info'}`);
    alert.setAttribute('role', type === 'danger' ? 'alert' : 'status');
    alert.dataset.test = 'toast';
    const title = el('p', 'pf-v6-c-alert__title');
    title.textContent = String(message);
    alert.append(title);
    item.append(alert);
    toasts.append(item);
    setTimeout(() => item.remove(), autoHideMs);
  }

  function paintNav() {
    navList.replaceChildren(...places.filter((p) => p.accessible !== false)
      .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0))
      .map((place) => {
        const item = el('li', 'osn-nav__item');
        const link = el('a', 'osn-nav__link');
        link.href = `#${place.historyToken}`;
        link.textContent = place.label;
        link.dataset.place = place.historyToken;
        item.append(link);
        return item;
      }));
    highlight();
  }

  function highlight() {
    const token = location.hash.slice(1);
    navList.querySelectorAll('a').forEach((a) => {
      const current = a.dataset.place === token;
      a.classList.toggle('pf-m-current', current);
      if (current) {
        a.setAttribute('aria-current', 'page');
      } else {
        a.removeAttribute('aria-current');
      }
    });
  }

  function reveal() {
    const token = location.hash.slice(1);
    const place = places.find((p) => p.historyToken === token) || places.find((p) => p.defaultPlace) || places[0];
    if (place.historyToken !== token) {
      history.replaceState(null, '', `#${place.historyToken}`);
    }
    highlight();
    for (const frame of frames.values()) {
      frame.hidden = true;
    }
    content.querySelectorAll('.osn-engine-place').forEach((e) => e.remove());
    if (place.render) {
      const section = el('div', 'osn-engine-place');
      content.append(section);
      place.render(section, { session, showToast, engineBaseUrl: engineBaseUrl(), fireSelection, detailPlacesFor,
        detailFrame });
    } else {
      // a plugin place: its content page in an iframe, kept while the user goes elsewhere, as the webadmin does
      let frame = frames.get(place.historyToken);
      if (!frame || frame.dataset.src !== place.contentUrl) {
        frame?.remove();
        frame = el('iframe', 'osn-place-frame');
        frame.name = place.historyToken;
        frame.title = place.label;
        frame.dataset.src = place.contentUrl;
        frame.src = new URL(place.contentUrl, new URL('.', location.href)).href;
        frames.set(place.historyToken, frame);
        content.append(frame);
      }
      frame.hidden = false;
    }
  }

  // as oVirt: the selection event to every plugin in use, in plugin order, with the selected entities
  function fireSelection(event, selected) {
    manager.fire(event, ...selected);
  }

  function detailPlacesFor(entityTypeName) {
    return detailPlaces.filter((p) => p.entityTypeName === entityTypeName)
      .sort((a, b) => (a.priority ?? 1000) - (b.priority ?? 1000));
  }

  // a detail place's iframe, kept per place; a new content URL (setPlaceContentUrl) becomes its src
  function detailFrame(place) {
    let frame = detailFrames.get(place.historyToken);
    if (!frame) {
      frame = el('iframe', 'osn-detail-frame');
      frame.name = place.historyToken;
      frame.title = place.label;
      detailFrames.set(place.historyToken, frame);
    }
    showDetailUrl(frame, place.contentUrl);
    return frame;
  }

  function showDetailUrl(frame, contentUrl) {
    const url = new URL(contentUrl, new URL('.', location.href)).href;
    if (frame.src !== url) {
      frame.src = url;
    }
  }

  const functionsFor = (name) => ({
    calls: {
      addPrimaryMenuPlace(label, historyToken, contentUrl, options = {}) {
        if (places.some((p) => p.historyToken === historyToken)) {
          return;
        }
        places.push({ plugin: name, label, historyToken, contentUrl, priority: options.priority ?? 1000,
          defaultPlace: options.defaultPlace === true, icon: options.icon });
        paintNav();
        if (location.hash.slice(1) === historyToken) {
          reveal();
        }
      },
      addDetailPlace(entityTypeName, label, historyToken, contentUrl, options = {}) {
        if (detailPlaces.some((p) => p.historyToken === historyToken)) {
          return;
        }
        detailPlaces.push({ plugin: name, entityTypeName, label, historyToken, contentUrl, priority: options.priority });
      },
      addMenuPlaceActionButton(entityTypeName, label, buttonInterface) {
        actionButtons.push({ plugin: name, entityTypeName, label, buttonInterface });
      },
      setPlaceContentUrl(historyToken, url) {
        const place = places.find((p) => p.historyToken === historyToken && p.plugin === name);
        if (place) {
          place.contentUrl = url;
        }
        const detail = detailPlaces.find((p) => p.historyToken === historyToken && p.plugin === name);
        if (detail) {
          detail.contentUrl = url;
          const frame = detailFrames.get(historyToken);
          if (frame?.isConnected) {
            showDetailUrl(frame, url);
          }
        }
      },
      setPlaceAccessible(historyToken, accessible) {
        const place = places.find((p) => p.historyToken === historyToken && p.plugin === name);
        if (place) {
          place.accessible = accessible !== false;
          paintNav();
        }
      },
      revealPlace(historyToken) {
        location.hash = `#${historyToken}`;
      },
      showToast(type, message) {
        showToast(type, message);
      },
      showAlert(type, message, options = {}) {
        showToast(type, message, options.autoHideMs ?? 15000);
      },
    },
    accessors: {
      loginUserName: () => session.userName,
      loginUserId: () => session.userId,
      ssoToken: () => session.token,
      engineBaseUrl: () => engineBaseUrl(),
      currentLocale: () => 'en_US',
    },
  });

  manager = createPluginManager({
    functionsFor,
    loadHostPage(plugin) {
      const frame = document.createElement('iframe');
      frame.className = 'osn-plugin-host';
      frame.dataset.plugin = plugin.name;
      frame.title = `UI plugin ${plugin.name}`;
      frame.setAttribute('aria-hidden', 'true');
      frame.tabIndex = -1;
      frame.style.cssText = 'width:0;height:0;border:0;position:absolute;visibility:hidden';
      frame.src = new URL(plugin.url, new URL('.', location.href)).href;
      document.body.append(frame);
      return frame;
    },
  });
  window.pluginApi = (name) => manager.pluginApi(name);
  window.osnPluginManager = manager;

  descriptors.forEach((d) => manager.define(d));
  paintNav();
  window.addEventListener('hashchange', reveal);
  manager.loadAll();
  reveal();
  manager.uiReady();
  manager.fire('UserLogin', session.userName, session.userId);
  return { manager, places, detailPlaces, actionButtons };
}

function el(tag, className) {
  const element = document.createElement(tag);
  element.className = className;
  return element;
}
