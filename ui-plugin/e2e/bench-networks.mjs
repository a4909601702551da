// Measures the plugin's Networks tab for a provider with many networks: how long from opening the tab until the
// first row shows and until the whole list is in (the count says all of them), in real Chromium against a running
// engine and the real noauth Neutron. The networks are made on Neutron for the run and deleted afterwards.
//
//   node e2e/bench-networks.mjs --base-url http://127.0.0.1:8080/ovirt-engine --password-file data/admin-password \
//     [--neutron-url http://127.0.0.1:9696] [--count 1000] [--runs 3]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openBrowser } from './browser.mjs';
import { engineApi } from './engine.mjs';

const { values: args } = parseArgs({ options: { 'base-url': { type: 'string' }, 'password-file': { type: 'string' },
  'neutron-url': { type: 'string' }, count: { type: 'string' }, runs: { type: 'string' } } });
const baseUrl = (args['base-url'] || 'http://127.0.0.1:8080/ovirt-engine').replace(/\/$/, '');
const password = process.env.OSN_ADMIN_PASSWORD || readFileSync(args['password-file'], 'utf8').trim();
const neutronUrl = args['neutron-url'] || 'http://127.0.0.1:9696';
const count = Number(args.count || 1000);
const runs = Number(args.runs || 3);
const unique = `bench${Date.now().toString(36)}`;

async function neutron(method, path, body) {
  const response = await fetch(`${neutronUrl}/v2.0/${path}`, { method, headers: { 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined, signal: AbortSignal.timeout(120_000) });
  if (!response.ok && response.status !== 404) {
    throw new Error(`Neutron ${method} ${path}: HTTP ${response.status} ${await response.text()}`);
  }
  return response.status === 204 ? {} : response.json();
}

/** Runs `work` on every item, `width` at a time (Neutron has no bulk delete; one at a time takes minutes). */
async function inParallel(items, width, work) {
  const queue = [...items];
  await Promise.all(Array.from({ length: width }, async () => {
    while (queue.length) {
      await work(queue.shift());
    }
  }));
}

// one network per request, four at a time: Neutron's bulk create of 100 took over five minutes on a busy machine
const ids = [];
const engine = await engineApi(baseUrl, password);
let providerId;
let browser;
try {
  const t0 = Date.now();
  await inParallel(Array.from({ length: count }, (_, i) => i), 4, async (i) => {
    const { network } = await neutron('POST', 'networks', { network: { name: `${unique}-${String(i).padStart(4, '0')}` } });
    ids.push(network.id);
  });
  console.log(`created ${ids.length} networks on Neutron in ${Date.now() - t0} ms`);
  const total = (await neutron('GET', 'networks?fields=id')).networks.length;
  providerId = (await engine.post('openstacknetworkproviders', { name: `${unique}-neutron`, url: neutronUrl,
    type: 'neutron', requires_authentication: false })).id;

  const tRest = Date.now();
  const listed = (await engine.get(`openstacknetworkproviders/${providerId}/networks`)).openstack_network.length;
  console.log(`REST list of ${listed} networks (JSON): ${Date.now() - tRest} ms`);

  browser = await openBrowser();
  const page = await browser.context.newPage();
  await page.goto(`${baseUrl}/webadmin/`);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log In' }).click();
  await page.getByRole('link', { name: 'External Networks' }).click();
  const place = page.frameLocator('iframe[name="osn-providers"]');
  await place.locator('[data-test=providers]').waitFor();
  const results = [];
  for (let run = 0; run < runs; run += 1) {
    const frame = page.frame({ name: 'osn-providers' });
    await frame.evaluate((id) => { location.hash = `#provider/${id}/general`; }, providerId);
    await place.locator('[data-test=tab-networks]').waitFor();
    const started = await frame.evaluate(() => performance.now());
    await place.locator('[data-test=tab-networks]').click();
    // both probes run in the page, so the figures are the page's own clock, not the test's round trips
    const [firstRow, allRows] = await frame.evaluate(async (expected) => {
      const t = () => performance.now();
      let first = null;
      for (;;) {
        if (first === null && document.querySelector('[data-test=networks] tbody tr[data-id]')) {
          first = t();
        }
        const text = document.querySelector('[data-test=network-count]')?.textContent || '';
        if (first !== null && new RegExp(`^${expected} networks`).test(text)) {
          return [first, t()];
        }
        await new Promise((resolve) => { requestAnimationFrame(resolve); });
      }
    }, total);
    results.push({ firstRow: Math.round(firstRow - started), allRows: Math.round(allRows - started) });
  }
  console.log(`provider with ${total} networks (${count} made for the run), Networks tab, ${runs} runs:`);
  for (const r of results) {
    console.log(`  first row ${r.firstRow} ms, all ${total} in ${r.allRows} ms`);
  }
} finally {
  if (browser) {
    await browser.close();
  }
  if (providerId) {
    await engine.remove(`openstacknetworkproviders/${providerId}`);
  }
  // by name, not by the ids answered: a create whose answer timed out may still have made its network
  const t1 = Date.now();
  const left = (await neutron('GET', 'networks?fields=id&fields=name')).networks
    .filter((n) => n.name.startsWith(`${unique}-`)).map((n) => n.id);
  ids.splice(0, ids.length, ...left);
  await inParallel(ids, 8, (id) => neutron('DELETE', `networks/${id}`).catch((error) => console.error(error.message)));
  console.log(`deleted ${ids.length} networks in ${Date.now() - t1} ms`);
}
