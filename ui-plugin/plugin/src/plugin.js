// The plugin's entry point, loaded by its hidden host page: registers the handlers, then says it is ready.
// Nothing may escape a handler: in oVirt an exception there unloads the plugin for good.

import { getPluginApi } from './plugin-api.js';
import { addPlaces, showSelectedNetworks, showSelectedVms } from './integrations/places.js';
import { safely } from './utils/safely.js';

const api = getPluginApi();

api.register({
  UiInit: safely('UiInit', () => {
    addPlaces(api);
  }),
  VirtualMachineSelectionChange: safely('VirtualMachineSelectionChange', (...selected) => {
    showSelectedVms(api, selected);
  }),
  NetworkSelectionChange: safely('NetworkSelectionChange', (...selected) => {
    showSelectedNetworks(api, selected);
  }),
});

api.ready();
