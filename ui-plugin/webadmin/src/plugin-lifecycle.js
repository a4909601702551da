// The UI plugin infrastructure as oVirt's webadmin runs it (frontend/webadmin/.../plugin/PluginManager): one
// record per descriptor, a hidden iframe per plugin, the states DEFINED → LOADING → READY → INITIALIZING → IN_USE,
// and FAILED (iframe removed, out of service) when a handler throws.

export const State = Object.freeze({
  DEFINED: 'DEFINED', LOADING: 'LOADING', READY: 'READY', INITIALIZING: 'INITIALIZING', IN_USE: 'IN_USE',
  FAILED: 'FAILED',
});

/**
 * @param {object} options
 * @param {(plugin: object) => {remove: () => void}} options.loadHostPage makes the plugin's hidden iframe
 * @param {(name: string) => object} options.functionsFor the API functions a plugin may call (places, accessors…)
 * @param {Console} [options.log]
 */
export function createPluginManager({ loadHostPage, functionsFor, log = console }) {
  const plugins = new Map();
  let uiReady = false;

  function define(descriptor) {
    if (!descriptor || typeof descriptor.name !== 'string' || !descriptor.name || typeof descriptor.url !== 'string') {
      log.error('webadmin: a plugin descriptor without name or url is ignored', descriptor);
      return;
    }
    if (plugins.has(descriptor.name)) {
      log.error(`webadmin: a second plugin named ${descriptor.name} is ignored`);
      return;
    }
    plugins.set(descriptor.name, { ...descriptor, state: State.DEFINED, handlers: null, frame: null,
      allowedMessageOrigins: [] });
  }

  function fail(plugin, why, error) {
    log.error(`webadmin: plugin ${plugin.name} failed (${why}) and is out of service`, error);
    plugin.state = State.FAILED;
    if (plugin.frame) {
      plugin.frame.remove();
      plugin.frame = null;
    }
  }

  /** Calls one handler of one plugin; a handler that throws puts the plugin out of service. */
  function invoke(plugin, event, args) {
    const handler = plugin.handlers && plugin.handlers[event];
    if (typeof handler !== 'function') {
      return;
    }
    try {
      handler(...args);
    } catch (error) {
      fail(plugin, `${event} threw`, error);
    }
  }

  function initialize(plugin) {
    if (plugin.state !== State.READY || !uiReady) {
      return;
    }
    plugin.state = State.INITIALIZING;
    invoke(plugin, 'UiInit', []);
    if (plugin.state === State.INITIALIZING) {
      plugin.state = State.IN_USE;
    }
  }

  function inOrder() {
    return [...plugins.values()].sort((a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER));
  }

  function apiFor(name) {
    const plugin = plugins.get(name);
    const active = () => plugin && (plugin.state === State.INITIALIZING || plugin.state === State.IN_USE);
    const accessible = () => active() || (plugin && (plugin.state === State.LOADING || plugin.state === State.READY));
    const functions = functionsFor(name);
    const api = {
      register(handlers) {
        if (plugin && plugin.state === State.LOADING) {
          plugin.handlers = handlers;
        }
      },
      options(options) {
        if (plugin && plugin.state === State.LOADING && options) {
          const origins = options.allowedMessageOrigins;
          plugin.allowedMessageOrigins = Array.isArray(origins) ? origins : origins ? [origins] : [];
        }
      },
      ready() {
        if (!plugin || plugin.state !== State.LOADING) {
          return;
        }
        if (!plugin.handlers) {
          fail(plugin, 'ready() before register()');
          return;
        }
        plugin.state = State.READY;
        initialize(plugin);
      },
      configObject: () => (plugin ? JSON.parse(JSON.stringify(plugin.config || {})) : {}),
    };
    for (const [fn, implementation] of Object.entries(functions.calls || {})) {
      api[fn] = (...args) => (active() ? implementation(...args) : undefined);
    }
    for (const [fn, implementation] of Object.entries(functions.accessors || {})) {
      api[fn] = (...args) => (accessible() ? implementation(...args) : undefined);
    }
    return api;
  }

  return {
    define,
    plugin: (name) => plugins.get(name),
    names: () => inOrder().map((p) => p.name),
    pluginApi: apiFor,
    /** Starts loading every defined plugin (oVirt loads them all; lazyLoad only decides when). */
    loadAll() {
      for (const plugin of inOrder()) {
        if (plugin.state === State.DEFINED && plugin.enabled !== false) {
          plugin.state = State.LOADING;
          try {
            plugin.frame = loadHostPage(plugin);
          } catch (error) {
            fail(plugin, 'its host page could not be loaded', error);
          }
        }
      }
    },
    /** The main UI is up: plugins that are ready get UiInit. */
    uiReady() {
      uiReady = true;
      inOrder().forEach(initialize);
    },
    /** An event to every plugin in use, in plugin order. */
    fire(event, ...args) {
      for (const plugin of inOrder()) {
        if (plugin.state === State.IN_USE) {
          invoke(plugin, event, args);
        }
      }
    },
  };
}
