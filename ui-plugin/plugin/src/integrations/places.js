// The places this plugin adds to the webadmin (oVirt 4.3+ API only).

export const PROVIDERS_PLACE = 'osn-providers';

export function addPlaces(api) {
  api.addPrimaryMenuPlace('External Networks', PROVIDERS_PLACE, 'plugin/osn/providers.html', {
    priority: 20,
    icon: 'fa-sitemap',
  });
}
