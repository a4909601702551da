// Wraps a plugin API handler so that no exception reaches the webadmin, which would unload the plugin.

export function safely(name, handler, log = console) {
  return (...args) => {
    try {
      const result = handler(...args);
      if (result && typeof result.catch === 'function') {
        result.catch((error) => log.error(`osn: ${name} failed`, error));
      }
    } catch (error) {
      log.error(`osn: ${name} failed`, error);
    }
  };
}
