// End-to-end scenarios of the UI plugin in the standalone webadmin, in real Chromium, against a running engine
// and the real Neutron. The plugin is loaded by the host through its descriptor only.
//
//   node e2e/run.mjs --base-url http://127.0.0.1:8080/ovirt-engine --password-file data/admin-password \
//     [--neutron-url http://127.0.0.1:9696] [--keystone-neutron-url http://127.0.0.1:9697]
//     [--keystone-url http://127.0.0.1:5000/v3] [--screenshots target/screenshots]
// The Keystone user is OSN_KEYSTONE_USER / OSN_KEYSTONE_PASSWORD / OSN_KEYSTONE_PROJECT (scripts/neutron.sh env),
// by default the test-only ovirt / ovirt-secret / service of scripts/neutron.sh.
// Exit code 0 = every step passed; each step leaves <screenshots>/<step>.png.
import { mkdir, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openBrowser } from './browser.mjs';
import { createNeutron } from './neutron.mjs';
import { assertAccessible } from './axe.mjs';
import { engineApi, eventually } from './engine.mjs';
import { editAndSyncSteps } from './steps/edit-and-sync.mjs';
import { certificateSteps } from './steps/certificates.mjs';
import { vmProviderPortsSteps } from './steps/vm-provider-ports.mjs';
import { networkColumnsAndSubnetsSteps } from './steps/network-columns-and-subnets.mjs';
import { linkAndExportSteps } from './steps/link-and-export.mjs';
import { orphansAndTrustSteps } from './steps/orphans-and-trust.mjs';
import { hostsMigrateSteps } from './steps/hosts-migrate.mjs';

const { values: args } = parseArgs({ options: {
  'base-url': { type: 'string' }, 'password-file': { type: 'string' }, 'neutron-url': { type: 'string' },
  'keystone-neutron-url': { type: 'string' }, 'keystone-url': { type: 'string' },
  screenshots: { type: 'string' },
} });
const here = path.dirname(new URL(import.meta.url).pathname);
const baseUrl = (args['base-url'] || 'http://127.0.0.1:8080/ovirt-engine').replace(/\/$/, '');
const password = process.env.OSN_ADMIN_PASSWORD || readFileSync(args['password-file'], 'utf8').trim();
const neutronUrl = args['neutron-url'] || 'http://127.0.0.1:9696';
const keystone = {
  neutronUrl: args['keystone-neutron-url'] || 'http://127.0.0.1:9697',
  url: args['keystone-url'] || 'http://127.0.0.1:5000/v3',
  user: process.env.OSN_KEYSTONE_USER || 'ovirt',
  password: process.env.OSN_KEYSTONE_PASSWORD || 'ovirt-secret',
  project: process.env.OSN_KEYSTONE_PROJECT || 'service',
};
const screenshots = args.screenshots || path.join(here, '..', 'target', 'screenshots');
const TIMEOUT = 30_000;
const unique = `e2e${Date.now().toString(36)}`;

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

const started = Date.now();
const neutron = createNeutron(neutronUrl);
const browser = await openBrowser();
const page = await browser.context.newPage();
page.setDefaultTimeout(TIMEOUT);
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(error.message));
// a failed call the scenario provokes is answered in the UI; any other 4xx/5xx, or a script error, is a defect
page.on('console', (message) => {
  if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
    pageErrors.push(message.text());
  }
});
const expectedFailures = [/\/sso\/oauth\/token$/, /\/testconnectivity$/];
page.context().on('response', (response) => {
  if (response.status() >= 400 && !expectedFailures.some((pattern) => pattern.test(response.url()))) {
    pageErrors.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
  }
});
await rm(screenshots, { recursive: true, force: true });
await mkdir(screenshots, { recursive: true });

let failed = false;
async function step(name, body) {
  const t0 = Date.now();
  try {
    await body();
    await page.screenshot({ path: path.join(screenshots, `${name}.png`) });
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (error) {
    failed = true;
    await page.screenshot({ path: path.join(screenshots, `${name}-FAILED.png`) }).catch(() => {});
    console.log(`FAIL ${name}: ${error.message}`);
    throw error;
  }
}

const place = () => page.frameLocator('iframe[name="osn-providers"]');
const placeFrame = () => page.frame({ name: 'osn-providers' });
const providerName = `${unique}-neutron`;
const dataCenterName = `${unique}-dc`;
const networkNames = [`${unique}-net-a`, `${unique}-net-b`];
// what the step modules set up besides the browser, undone at the end whatever happened (newest first)
const cleanups = [];

try {
  await step('01-login-page', async () => {
    await page.goto(`${baseUrl}/`);
    check(page.url().endsWith('/ovirt-engine/webadmin/'), `/ovirt-engine/ should lead to the webadmin, got ${page.url()}`);
    await page.getByLabel('Password').waitFor();
  });

  await step('02-login-wrong-password', async () => {
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Log In' }).click();
    await page.getByRole('alert').filter({ hasText: /incorrect/i }).waitFor();
  });

  await step('03-logged-in', async () => {
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Log In' }).click();
    await page.locator('[data-test=login-user-name]').filter({ hasText: 'admin@internal' }).waitFor();
    // the plugin's place, added by the plugin's UiInit after the host loaded it through its descriptor
    await page.getByRole('link', { name: 'External Networks' }).waitFor();
    const state = await page.evaluate(() => window.osnPluginManager.plugin('osn').state);
    check(state === 'IN_USE', `plugin osn should be IN_USE, is ${state}`);
    const hostPage = await page.locator('iframe[data-plugin=osn]').getAttribute('src');
    check(hostPage.endsWith('/ovirt-engine/webadmin/plugin/osn/plugin.html'), `plugin host page ${hostPage}`);
  });

  await step('04-data-center-added', async () => {
    await page.getByRole('link', { name: 'Data Centers' }).click();
    await page.getByLabel('New data center name').fill(dataCenterName);
    await page.getByRole('button', { name: 'Add' }).click();
    await page.locator('[data-test=data-centers] tr', { hasText: dataCenterName }).waitFor();
  });

  await step('05-providers-place', async () => {
    await page.getByRole('link', { name: 'External Networks' }).click();
    await place().locator('[data-test=providers]').waitFor();
    await place().locator('[data-test=provider-count]').filter({ hasText: /provider/ }).waitFor();
  });

  await step('06-add-provider-dialog-keystone-fields', async () => {
    await place().getByRole('button', { name: 'Add' }).click();
    const dialog = place().getByRole('dialog', { name: 'Add provider' });
    await dialog.waitFor();
    check(!(await dialog.locator('[data-test=keystone-fields]').isVisible()), 'Keystone fields shown without auth');
    await dialog.getByLabel('Requires authentication').check();
    await dialog.getByLabel('Authentication URL').fill('http://127.0.0.1:5000/v3');
    await dialog.getByLabel('Project domain').waitFor();
    check(!(await dialog.getByLabel('Tenant name').isVisible()), 'v2.0 tenant shown for a v3 URL');
    await assertAccessible(placeFrame(), '[data-test=provider-form]', 'add provider dialog');
  });

  await step('07-add-provider-tested', async () => {
    const dialog = place().getByRole('dialog', { name: 'Add provider' });
    await dialog.getByLabel('Requires authentication').uncheck();
    check(!(await dialog.locator('[data-test=keystone-fields]').isVisible()), 'Keystone fields still shown');
    await dialog.getByRole('textbox', { name: /^Name/ }).fill(providerName);
    await dialog.getByLabel('Provider URL').fill(neutronUrl);
    await dialog.getByRole('button', { name: 'Test' }).click();
    await dialog.locator('[data-test=test-ok]').waitFor();
  });

  await step('08-provider-added', async () => {
    await place().getByRole('dialog', { name: 'Add provider' }).getByRole('button', { name: 'OK' }).click();
    await place().getByRole('dialog').waitFor({ state: 'detached' });
    await place().locator('[data-test=providers] tr', { hasText: providerName }).waitFor();
    await page.locator('[data-test=toast]', { hasText: `Provider ${providerName} added` }).waitFor();
  });

  await step('09-provider-tested-from-list', async () => {
    await place().locator('[data-test=providers] tr', { hasText: providerName }).getByRole('radio').check();
    await place().getByRole('button', { name: 'Test' }).click();
    await place().locator('[data-test=test-ok]').waitFor();
    await place().locator('[data-test=providers] tr', { hasText: providerName }).locator('[data-test=last-test]')
      .filter({ hasText: 'Succeeded' }).waitFor();
  });

  await step('10-unreachable-provider-readable-error', async () => {
    await place().getByRole('button', { name: 'Add' }).click();
    const dialog = place().getByRole('dialog', { name: 'Add provider' });
    await dialog.getByRole('textbox', { name: /^Name/ }).fill(`${unique}-unreachable`);
    // nothing listens on the discard port of the loopback
    await dialog.getByLabel('Provider URL').fill('http://127.0.0.1:9');
    await dialog.getByRole('button', { name: 'Test' }).click();
    const fault = dialog.locator('[data-test=fault]');
    await fault.waitFor();
    const text = await fault.innerText();
    check(/Test provider .*-unreachable failed/.test(text), `fault title: ${text}`);
    check(/Cannot connect to provider .*: Could not reach the provider: Connection refused/.test(text), `fault: ${text}`);
    await assertAccessible(placeFrame(), '[data-test=provider-form]', 'add provider dialog with a fault');
  });

  await step('11-unreachable-provider-cancelled', async () => {
    await place().getByRole('dialog', { name: 'Add provider' }).getByRole('button', { name: 'Cancel' }).click();
    await place().getByRole('dialog').waitFor({ state: 'detached' });
    // Cancel takes back what Test stored
    const engine = await engineApi(baseUrl, password);
    const named = async (name) => (engine.get('openstacknetworkproviders')).then((answer) =>
      (answer.openstack_network_provider || []).some((p) => p.name === name));
    await eventually(async () => !(await named(`${unique}-unreachable`)), 10_000, 'the tested provider removed');
    check(await named(providerName), 'the added provider is still there');
    await place().locator('[data-test=providers] tr', { hasText: providerName }).waitFor();
    check(await place().locator('[data-test=providers] tr', { hasText: `${unique}-unreachable` }).count() === 0,
      'the cancelled provider is listed');
  });

  await step('12-provider-general', async () => {
    await neutron.network(networkNames[0]);
    await neutron.network(networkNames[1]);
    await place().getByRole('link', { name: providerName }).click();
    await place().getByRole('heading', { name: providerName }).waitFor();
    await place().getByText(neutronUrl).first().waitFor();
  });

  await step('13-provider-networks-discovered', async () => {
    await place().locator('[data-test=tab-networks]').click();
    await place().locator('[data-test=network-count]').filter({ hasText: /\d+ networks/ }).waitFor();
    await place().getByLabel('Filter networks').fill(unique);
    // "2 networks" when the test's two are all the provider has, "2 of N networks" when other tests left some
    await place().locator('[data-test=network-count]').filter({ hasText: /^2 (of \d+ )?networks$/ }).waitFor();
    for (const name of networkNames) {
      await place().locator('[data-test=networks] tr', { hasText: name }).waitFor();
    }
  });

  await step('14-import-dialog', async () => {
    await place().getByLabel('Select all networks of this page').check();
    await place().locator('[data-test=network-count]').filter({ hasText: '2 selected' }).waitFor();
    await place().getByRole('button', { name: 'Import' }).click();
    const dialog = place().getByRole('dialog', { name: 'Import provider networks' });
    await dialog.waitFor();
    await dialog.getByRole('combobox', { name: /^Data center/ }).selectOption({ label: dataCenterName });
    await assertAccessible(placeFrame(), '[data-test=import-networks]', 'import dialog');
  });

  await step('15-import-progress-100', async () => {
    const dialog = place().getByRole('dialog', { name: 'Import provider networks' });
    await dialog.getByRole('button', { name: 'Import' }).click();
    await dialog.locator('[data-test=import-progress] [role=progressbar][aria-valuenow="100"]').waitFor();
    await dialog.locator('[data-test=import-done]').filter({ hasText: 'Imported 2 networks' }).waitFor();
    const results = await dialog.locator('[data-test=import-results] li').allInnerTexts();
    check(results.length === 2 && results.every((r) => r.endsWith('imported')), `results: ${results}`);
    await assertAccessible(placeFrame(), '[data-test=import-networks]', 'import dialog after the import');
  });

  await step('16-networks-in-data-center', async () => {
    await place().getByRole('dialog').locator('#osn-import-close').click();
    await place().getByRole('dialog').waitFor({ state: 'detached' });
    for (const name of networkNames) {
      await place().locator('[data-test=networks] tr', { hasText: name }).filter({ hasText: dataCenterName }).waitFor();
    }
    await page.getByRole('link', { name: 'Data Centers' }).click();
    const row = page.locator('[data-test=data-centers] tr', { hasText: dataCenterName });
    for (const name of networkNames) {
      await row.filter({ hasText: name }).waitFor();
    }
  });

  const run = { page, place, placeFrame, step, check, neutron, neutronUrl, keystone, expectedFailures, cleanups,
    engineApi: () => engineApi(baseUrl, password), names: { unique, providerName, dataCenterName, networkNames } };
  await editAndSyncSteps(run);
  await certificateSteps(run);
  await vmProviderPortsSteps(run);
  await networkColumnsAndSubnetsSteps(run);
  await linkAndExportSteps(run);
  await orphansAndTrustSteps(run);
  await hostsMigrateSteps(run);

  await step('31-remove-provider-dialog', async () => {
    await page.getByRole('link', { name: 'External Networks' }).click();
    await place().getByRole('link', { name: 'External Network Providers' }).click();
    await place().locator('[data-test=providers] tr', { hasText: providerName }).getByRole('radio').check();
    await place().getByRole('button', { name: 'Remove' }).click();
    await place().getByRole('dialog', { name: 'Remove provider' }).waitFor();
    await assertAccessible(placeFrame(), '[data-test=remove-provider-dialog]', 'remove provider dialog');
  });

  await step('32-provider-removed', async () => {
    await place().getByRole('dialog', { name: 'Remove provider' }).getByRole('button', { name: 'Remove' }).click();
    await place().getByRole('dialog').waitFor({ state: 'detached' });
    await place().locator('[data-test=providers] tr', { hasText: providerName }).waitFor({ state: 'detached' });
  });

  await step('33-session-expired-said', async () => {
    // the engine forgets the token (as after its lifetime or a restart); the next call must say so
    const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('osn-webadmin-session')).token);
    const logout = await fetch(`${baseUrl}/services/sso-logout`, { method: 'POST',
      body: new URLSearchParams({ token }) });
    check(logout.ok, `sso-logout: HTTP ${logout.status}`);
    expectedFailures.push(/\/api\/openstacknetworkproviders$/);
    await place().getByRole('button', { name: 'Add' }).click();
    const dialog = place().getByRole('dialog', { name: 'Add provider' });
    await dialog.getByRole('textbox', { name: /^Name/ }).fill(`${unique}-late`);
    await dialog.getByLabel('Provider URL').fill(neutronUrl);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await dialog.locator('[data-test=fault]').filter({ hasText: 'your session has expired' }).waitFor();
    await dialog.locator('[data-test=fault]').filter({ hasText: 'Log in again' }).waitFor();
  });

  await step('34-reload-asks-to-log-in-again', async () => {
    expectedFailures.push(/\/api\/$/);
    await page.reload();
    await page.getByRole('button', { name: 'Log In' }).waitFor();
  });

  await step('35-no-browser-errors', async () => {
    check(pageErrors.length === 0, `errors in the browser console: ${pageErrors.join(' | ')}`);
  });
} catch {
  failed = true;
} finally {
  await browser.close();
  // also after a failure: the networks made on Neutron, and what the step modules set up
  await neutron.removeAll();
  for (const cleanup of cleanups.reverse()) {
    await cleanup().catch((error) => console.error(`cleanup: ${error.message}`));
  }
}
console.log(`${failed ? 'FAILED' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${screenshots}`);
process.exit(failed ? 1 : 0);
