// The places this plugin adds to the webadmin (oVirt 4.3+ API only).

import { portsPlaceUrl } from '../places/vm-provider-ports/provider-port-rows.js';

export const PROVIDERS_PLACE = 'osn-providers';
export const VM_PORTS_PLACE = 'osn-vm-provider-ports';
const VM_PORTS_URL = 'plugin/osn/vm-provider-ports.html';

export function addPlaces(api) {
  api.addPrimaryMenuPlace('External Networks', PROVIDERS_PLACE, 'plugin/osn/providers.html', {
    priority: 20,
    icon: 'fa-sitemap',
  });
  api.addDetailPlace('VirtualMachine', 'Provider ports', VM_PORTS_PLACE, VM_PORTS_URL, { priority: 20 });
}

/** VirtualMachineSelectionChange: the Provider ports place shows the one selected VM (none for 0 or many). */
export function showSelectedVms(api, selectedVms) {
  api.setPlaceContentUrl(VM_PORTS_PLACE, portsPlaceUrl(VM_PORTS_URL, selectedVms));
}
