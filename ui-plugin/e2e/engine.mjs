// The engine's REST API as the e2e checks what the UI did (never to do what the UI should do), and sets up what
// the standalone webadmin offers no place for.
export async function engineApi(baseUrl, password) {
  const answer = await fetch(`${baseUrl}/sso/oauth/token`, { method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', scope: 'ovirt-app-api', username: 'admin@internal', password }) });
  const { access_token: token } = await answer.json();
  async function call(method, path, body) {
    const response = await fetch(`${baseUrl}/api/${path}`, { method, headers: { Accept: 'application/json',
      'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`${method} ${path}: HTTP ${response.status} ${text}`);
    }
    return text ? JSON.parse(text) : {};
  }
  return {
    get: (path) => call('GET', path),
    // only to set up what the standalone webadmin has no place for (a cluster's default network provider)
    post: (path, body) => call('POST', path, body),
    remove: (path) => call('DELETE', path),
  };
}

/** Waits until `probe` resolves truthy, up to `ms`. */
export async function eventually(probe, ms, what) {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await probe()) {
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(`not within ${ms} ms: ${what}`);
    }
    await new Promise((resolve) => { setTimeout(resolve, 250); });
  }
}
