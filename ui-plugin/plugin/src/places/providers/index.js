// Entry of the "External Networks" place's page: the providers list, or one provider's detail (#provider/<id>).

import { getPluginApi } from '../../plugin-api.js';
import { createEngineClient } from '../../utils/fetch.js';
import { renderProviderList } from './provider-list.js';
import { renderProviderDetail } from './provider-detail.js';

const api = getPluginApi();
const context = {
  api,
  client: createEngineClient(api),
  root: document.getElementById('osn-root'),
  go(hash) {
    if (location.hash === hash) {
      route();
    } else {
      location.hash = hash;
    }
  },
};

function route() {
  const match = /^#provider\/([^/]+)(?:\/(\w+))?$/.exec(location.hash);
  if (match) {
    renderProviderDetail(context, decodeURIComponent(match[1]), match[2] || 'general');
  } else {
    renderProviderList(context);
  }
}

window.addEventListener('hashchange', route);
route();
