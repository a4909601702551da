// The one way the plugin talks to the engine: JSON over the engine's REST API, authorised by the webadmin's SSO
// token. Everything else (places, dialogs) goes through an EngineClient so a fault always arrives as an EngineError.

/** A failed engine call: the HTTP status and the fault's reason and detail exactly as the engine sent them. */
export class EngineError extends Error {
  constructor({ method, path, status, reason, detail }) {
    super(reason || detail || `${method} ${path} failed with HTTP ${status}`);
    this.name = 'EngineError';
    this.method = method;
    this.path = path;
    this.status = status;
    this.reason = reason;
    this.detail = detail;
  }

  /** The SSO token is no longer accepted: only logging in again helps. */
  get sessionExpired() {
    return this.status === 401;
  }

  /** No HTTP answer at all (engine down, network cut). */
  get unreachable() {
    return this.status === 0;
  }
}

function joinUrl(base, path) {
  const left = base.endsWith('/') ? base : `${base}/`;
  return left + (path.startsWith('/') ? path.slice(1) : path);
}

// The engine answers a fault as {reason, detail}, and a failed action as {status:'failed', fault:{reason, detail}}.
function faultOf(body) {
  if (!body || typeof body !== 'object') {
    return {};
  }
  const fault = body.fault && typeof body.fault === 'object' ? body.fault : body;
  return { reason: fault.reason, detail: fault.detail };
}

async function readBody(response) {
  const text = await response.text();
  if (!text) {
    return null;
  }
  try {
    return JSON.parse(text);
  } catch {
    return { detail: text.length > 500 ? `${text.slice(0, 500)}…` : text };
  }
}

/**
 * Makes a client for the engine REST API.
 *
 * @param {{engineBaseUrl: () => string, ssoToken: () => string}} api the plugin API (only its accessors are used)
 * @param {typeof fetch} fetchImpl injectable for tests
 */
export function createEngineClient(api, fetchImpl = (...args) => globalThis.fetch(...args)) {
  async function request(method, path, body, options = {}) {
    const headers = {
      Accept: 'application/json',
      Authorization: `Bearer ${api.ssoToken()}`,
    };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    let response;
    try {
      response = await fetchImpl(joinUrl(api.engineBaseUrl(), `api/${path.replace(/^\/+/, '')}`), {
        method,
        headers,
        // the token authorises; no cookie is needed. With credentials the browser would answer the engine's
        // "WWW-Authenticate: Basic" on a 401 with its own login prompt, and the call would hang behind it.
        credentials: 'omit',
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: options.signal,
      });
    } catch (cause) {
      if (cause && cause.name === 'AbortError') {
        throw cause;
      }
      throw new EngineError({
        method, path, status: 0,
        reason: 'The engine did not answer',
        detail: cause && cause.message ? cause.message : String(cause),
      });
    }
    const answer = await readBody(response);
    if (response.ok) {
      return answer ?? {};
    }
    const { reason, detail } = faultOf(answer);
    throw new EngineError({ method, path, status: response.status, reason, detail });
  }

  return {
    get: (path, options) => request('GET', path, undefined, options),
    post: (path, body = {}, options) => request('POST', path, body, options),
    put: (path, body, options) => request('PUT', path, body, options),
    remove: (path, options) => request('DELETE', path, undefined, options),
  };
}

/** oVirt's JSON has a list as {entity: [...]}, or {} when empty. */
export function listOf(answer, entity) {
  const items = answer && answer[entity];
  if (Array.isArray(items)) {
    return items;
  }
  return items ? [items] : [];
}

/** oVirt's JSON may carry booleans as strings. */
export function isTrue(value) {
  return value === true || value === 'true';
}
