// The engine's REST API as the e2e checks what the UI did (never to do what the UI should do).
export async function engineApi(baseUrl, password) {
  const answer = await fetch(`${baseUrl}/sso/oauth/token`, { method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', scope: 'ovirt-app-api', username: 'admin@internal', password }) });
  const { access_token: token } = await answer.json();
  return {
    async get(path) {
      const response = await fetch(`${baseUrl}/api/${path}`, { headers: { Accept: 'application/json',
        Authorization: `Bearer ${token}` } });
      if (!response.ok) {
        throw new Error(`GET ${path}: HTTP ${response.status}`);
      }
      return response.json();
    },
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
