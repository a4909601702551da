// The host's own calls to the engine REST API (JSON, the session's bearer token) and small DOM helpers.

export async function api(context, method, path, body) {
  const response = await fetch(`${context.engineBaseUrl}api/${path}`, {
    method,
    credentials: 'omit', // no browser login prompt on a 401 (the engine also offers Basic)
    headers: { Accept: 'application/json', Authorization: `Bearer ${context.session.token}`,
      ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  const answer = text ? JSON.parse(text) : {};
  if (!response.ok) {
    const fault = answer.fault || answer;
    throw new Error(response.status === 401 ? 'Your session has expired: log in again.'
      : [fault.reason, fault.detail].filter(Boolean).join(': ') || `HTTP ${response.status}`);
  }
  return answer;
}

export const list = (answer, key) => (Array.isArray(answer[key]) ? answer[key] : answer[key] ? [answer[key]] : []);

export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key.startsWith('on')) {
      element.addEventListener(key.slice(2), value);
    } else if (value !== false && value !== undefined && value !== null) {
      element.setAttribute(key, value === true ? '' : value);
    }
  }
  element.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return element;
}

export function dangerAlert(message) {
  return el('div', { class: 'pf-v6-c-alert pf-m-inline pf-m-danger', role: 'alert' },
    el('p', { class: 'pf-v6-c-alert__title' }, message));
}

/** Runs an action with its button disabled; a failure lands in the messages area. */
export async function busy(button, messages, action) {
  button.disabled = true;
  try {
    await action();
    messages.replaceChildren();
  } catch (error) {
    messages.replaceChildren(dangerAlert(error.message));
  } finally {
    button.disabled = false;
  }
}
