// The logged-in user's SSO token, kept for the browser tab only (sessionStorage), as the webadmin keeps it.

const KEY = 'osn-webadmin-session';

export function engineBaseUrl() {
  // the host page lives at <engine>/webadmin/
  return new URL('../', new URL('.', location.href)).href;
}

export function currentSession() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY));
  } catch {
    return null;
  }
}

export function forgetSession() {
  sessionStorage.removeItem(KEY);
}

/** Password grant at the engine's SSO token endpoint; resolves the session or rejects with the SSO's message. */
export async function logIn(userName, password) {
  const user = userName.includes('@') ? userName : `${userName}@internal`;
  const response = await fetch(`${engineBaseUrl()}sso/oauth/token`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', scope: 'ovirt-app-api', username: user, password }),
  });
  let answer = {};
  try {
    answer = await response.json();
  } catch {
    // no JSON: the status says enough
  }
  if (!response.ok || !answer.access_token) {
    throw new Error(answer.error || answer.error_description || `Login failed (HTTP ${response.status})`);
  }
  const session = { token: answer.access_token, userName: user, userId: answer.user_id || user };
  sessionStorage.setItem(KEY, JSON.stringify(session));
  return session;
}

export async function logOut(session) {
  try {
    // the SSO revokes the token given as a form parameter, as the SDKs send it
    await fetch(`${engineBaseUrl()}services/sso-logout`, { method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ token: session.token }) });
  } finally {
    forgetSession();
  }
}
