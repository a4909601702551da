// The places this plugin adds to the webadmin (oVirt 4.3+ API only).

import { selectionUrl } from './selection-url.js';

export const PROVIDERS_PLACE = 'osn-providers';
export const VM_PORTS_PLACE = 'osn-vm-provider-ports';
export const NETWORK_PROVIDERS_PLACE = 'osn-network-providers';
const VM_PORTS_URL = 'plugin/osn/vm-provider-ports.html';
const NETWORK_PROVIDERS_URL = 'plugin/osn/network-providers.html';

export function addPlaces(api) {
  api.addPrimaryMenuPlace('External Networks', PROVIDERS_PLACE, 'plugin/osn/providers.html', {
    priority: 20,
    icon: 'fa-sitemap',
  });
  api.addDetailPlace('VirtualMachine', 'Provider ports', VM_PORTS_PLACE, VM_PORTS_URL, { priority: 20 });
  api.addDetailPlace('Network', 'External providers', NETWORK_PROVIDERS_PLACE, NETWORK_PROVIDERS_URL, { priority: 20 });
}

/** VirtualMachineSelectionChange: the Provider ports place shows the one selected VM (none for 0 or many). */
export function showSelectedVms(api, selectedVms) {
  api.setPlaceContentUrl(VM_PORTS_PLACE, selectionUrl(VM_PORTS_URL, 'vm', selectedVms));
}

/** NetworkSelectionChange: the External providers place shows the one selected network. */
export function showSelectedNetworks(api, selectedNetworks) {
  api.setPlaceContentUrl(NETWORK_PROVIDERS_PLACE, selectionUrl(NETWORK_PROVIDERS_URL, 'network', selectedNetworks));
}
