// The webadmin's plugin API for this plugin. The plugin's hidden host page is a child of the webadmin window; a
// place's content page is too (one level deeper in a real webadmin, hence window.top as the fallback).

export const PLUGIN_NAME = 'osn';

let api;

export function getPluginApi() {
  if (!api) {
    const webadmin = typeof parent.pluginApi === 'function' ? parent : window.top;
    api = webadmin.pluginApi(PLUGIN_NAME);
  }
  return api;
}

/** The plugin's configuration (descriptor "config" merged with the admin's), with defaults. */
export function pluginConfig() {
  const config = getPluginApi().configObject() || {};
  return {
    networksPageSize: Number(config.networksPageSize) > 0 ? Number(config.networksPageSize) : 50,
    jobPollMillis: Number(config.jobPollMillis) > 0 ? Number(config.jobPollMillis) : 500,
  };
}
