// The standalone webadmin: the login page, then the shell with every UI plugin its descriptors define.

import { currentSession } from './session.js';
import { renderLogin } from './login.js';
import { renderShell } from './shell.js';

const root = document.getElementById('webadmin');

async function pluginDescriptors() {
  // what oVirt's host page gets from PluginDataManager: every descriptor of ui-plugins/, read at page load
  const response = await fetch('ui-plugins/plugin-definitions.json', { cache: 'no-store' });
  return response.ok ? response.json() : [];
}

async function start() {
  const session = currentSession();
  if (!session) {
    renderLogin(root, () => location.reload());
    return;
  }
  renderShell(root, session, await pluginDescriptors(), () => location.reload());
}

start();
