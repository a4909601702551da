// The standalone webadmin: the login page, then the shell with every UI plugin its descriptors define.

import { currentSession, engineBaseUrl, forgetSession } from './session.js';
import { renderLogin } from './login.js';
import { renderShell } from './shell.js';

const root = document.getElementById('webadmin');

async function pluginDescriptors() {
  // what oVirt's host page gets from PluginDataManager: every descriptor of ui-plugins/, read at page load
  const response = await fetch('ui-plugins/plugin-definitions.json', { cache: 'no-store' });
  return response.ok ? response.json() : [];
}

async function stillAccepted(session) {
  const answer = await fetch(`${engineBaseUrl()}api/`, { credentials: 'omit',
    headers: { Accept: 'application/json', Authorization: `Bearer ${session.token}` } });
  return answer.status !== 401;
}

async function start() {
  let session = currentSession();
  if (session && !(await stillAccepted(session))) {
    // the engine forgot the token (its lifetime, a restart, a logout elsewhere): log in again
    forgetSession();
    session = null;
  }
  if (!session) {
    renderLogin(root, () => location.reload());
    return;
  }
  renderShell(root, session, await pluginDescriptors(), () => location.reload());
}

start();
