// What an admin reads when a call fails: the engine's own reason and detail, untouched, with a title saying which
// action failed. A 401 is the one case rewritten, because its fault only says "unauthorized".

/**
 * @param {string} action what the admin tried, e.g. "Test provider neutron-a"
 * @param {unknown} error an EngineError, or anything thrown
 * @returns {{title: string, reason: string, detail: string, sessionExpired: boolean}}
 */
export function describeFault(action, error) {
  if (error && error.sessionExpired) {
    return {
      title: `${action}: your session has expired`,
      reason: 'The engine no longer accepts your login.',
      detail: 'Log in again (reload the page) and repeat what you did.',
      sessionExpired: true,
    };
  }
  if (error && error.name === 'EngineError') {
    const reason = error.reason || (error.status ? `HTTP ${error.status}` : '');
    // a detail that only repeats the reason, or oVirt's "[...]" wrapping of it, adds nothing
    const detail = unwrap(error.detail || '');
    return {
      title: `${action} failed`,
      reason,
      detail: detail === reason ? '' : detail,
      sessionExpired: false,
    };
  }
  return {
    title: `${action} failed`,
    reason: error && error.message ? error.message : String(error),
    detail: '',
    sessionExpired: false,
  };
}

function unwrap(detail) {
  const trimmed = detail.trim();
  return trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed.slice(1, -1).trim() : trimmed;
}

/** One line for a toast or a table cell. */
export function faultLine(fault) {
  return [fault.reason, fault.detail].filter(Boolean).join(': ');
}
