// Steps of the e2e run (see run.mjs): the Orphan ports tab with a port made on Neutron for a vNIC that does not
// exist, reconciled after its dry run; a Keystone provider added with a wrong password (a readable error), fixed
// and tested; a TLS provider whose chain the add dialog offers to trust, then tests again; a bulk import whose
// progress shows again in the Networks tab after its dialog was closed.
import { randomUUID } from 'node:crypto';
import { assertAccessible } from '../axe.mjs';
import { eventually } from '../engine.mjs';
import { startTlsStub } from '../tls-stub.mjs';

/** @param {object} run what run.mjs shares with its step modules */
export async function orphansAndTrustSteps(run) {
  const { page, place, placeFrame, step, check, neutron, keystone, engineApi, expectedFailures } = run;
  const { unique, providerName, dataCenterName, networkNames } = run.names;
  const keystoneName = `${unique}-ks-fix`;
  const tlsName = `${unique}-tls-dialog`;
  let orphan;
  let tls;
  run.cleanups.push(async () => {
    const engine = await engineApi();
    for (const name of [keystoneName, tlsName]) {
      const left = ((await engine.get('openstacknetworkproviders')).openstack_network_provider || [])
        .find((p) => p.name === name);
      if (left) {
        await engine.remove(`openstacknetworkproviders/${left.id}`);
      }
    }
    if (tls) {
      // the trust store is shared by every provider: take back what this run imported
      const providers = (await engine.get('openstacknetworkproviders')).openstack_network_provider || [];
      if (providers.length) {
        const trusted = (await engine.get(`openstacknetworkproviders/${providers[0].id}/importedcertificates`))
          .certificate || [];
        for (const c of trusted.filter((t) => t.subject === `CN=${unique}-dialog.example`)) {
          await engine.remove(`openstacknetworkproviders/${providers[0].id}/importedcertificates/${c.id}`);
        }
      }
      await tls.close();
    }
  });

  const openProviders = async () => {
    await page.getByRole('link', { name: 'External Networks' }).click();
    await place().getByRole('link', { name: 'External Network Providers' }).click();
    await place().locator('[data-test=providers]').waitFor();
  };

  await step('65-orphan-ports-listed', async () => {
    const engine = await engineApi();
    const provider = (await engine.get('openstacknetworkproviders')).openstack_network_provider
      .find((p) => p.name === providerName);
    const external = (await engine.get(`openstacknetworkproviders/${provider.id}/networks`)).openstack_network
      .find((n) => n.name === networkNames[1]);
    orphan = await neutron.orphanPort(external.id, randomUUID());
    await openProviders();
    await place().getByRole('link', { name: providerName }).click();
    await place().locator('[data-test=tab-orphans]').click();
    const row = place().locator(`[data-test=orphan-ports] tr[data-id="${orphan.id}"]`);
    await row.waitFor();
    check((await row.innerText()).includes(networkNames[1]), `orphan row: ${await row.innerText()}`);
  });

  await step('66-orphan-ports-dry-run', async () => {
    await place().getByRole('button', { name: 'Reconcile…' }).click();
    const dialog = place().getByRole('dialog', { name: 'Reconcile orphan ports' });
    await dialog.locator(`[data-test=reconcile-planned] tr[data-id="${orphan.id}"]`).waitFor();
    check(await neutron.port(orphan.id) !== null, 'the dry run released the port');
    await assertAccessible(placeFrame(), '[data-test=reconcile-dialog]', 'reconcile dialog');
  });

  await step('67-orphan-ports-released', async () => {
    await place().getByRole('dialog', { name: 'Reconcile orphan ports' }).getByRole('button', { name: /^Release/ })
      .click();
    await place().getByRole('dialog').waitFor({ state: 'detached' });
    await eventually(async () => (await neutron.port(orphan.id)) === null, 20_000, 'orphan port gone on Neutron');
    await place().getByRole('button', { name: 'Refresh' }).click();
    await place().locator(`[data-test=orphan-ports] tr[data-id="${orphan.id}"]`).waitFor({ state: 'detached' });
  });

  await step('68-keystone-wrong-password-readable', async () => {
    await openProviders();
    await place().getByRole('button', { name: 'Add' }).click();
    const dialog = place().getByRole('dialog', { name: 'Add provider' });
    await dialog.getByRole('textbox', { name: /^Name/ }).fill(keystoneName);
    await dialog.getByLabel('Provider URL').fill(keystone.neutronUrl);
    await dialog.getByLabel('Requires authentication').check();
    await dialog.getByLabel('Username').fill(keystone.user);
    await dialog.getByLabel('Password').fill(`${keystone.password}-wrong`);
    await dialog.getByLabel('Authentication URL').fill(keystone.url);
    await dialog.getByLabel('User domain').fill('Default');
    await dialog.getByLabel('Project name').fill(keystone.project);
    await dialog.getByLabel('Project domain').fill('Default');
    await dialog.getByRole('button', { name: 'Test' }).click();
    const fault = dialog.locator('[data-test=fault]');
    await fault.waitFor();
    const text = await fault.innerText();
    check(/Test provider .*-ks-fix failed/.test(text) && /[Aa]uthenticat/.test(text) && !text.includes('-wrong'),
      `fault: ${text}`);
    await assertAccessible(placeFrame(), '[data-test=provider-form]', 'add provider dialog, Keystone fault');
  });

  await step('69-keystone-password-fixed-and-tested', async () => {
    const dialog = place().getByRole('dialog', { name: 'Add provider' });
    await dialog.getByLabel('Password').fill(keystone.password);
    await dialog.getByRole('button', { name: 'Test' }).click();
    await dialog.locator('[data-test=test-ok]').waitFor();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await place().getByRole('dialog').waitFor({ state: 'detached' });
    await place().locator('[data-test=providers] tr', { hasText: keystoneName }).getByRole('radio').check();
    await place().getByRole('button', { name: 'Test' }).click();
    await place().locator('[data-test=providers] tr', { hasText: keystoneName }).locator('[data-test=last-test]')
      .filter({ hasText: 'Succeeded' }).waitFor();
  });

  await step('70-tls-chain-offered-in-dialog', async () => {
    expectedFailures.push(/\/certificates$/);
    tls = await startTlsStub(`${unique}-dialog.example`);
    await place().getByRole('button', { name: 'Add' }).click();
    const dialog = place().getByRole('dialog', { name: 'Add provider' });
    await dialog.getByRole('textbox', { name: /^Name/ }).fill(tlsName);
    await dialog.getByLabel('Provider URL').fill(tls.url);
    await dialog.getByRole('button', { name: 'Test' }).click();
    await dialog.locator('[data-test=fault]').filter({ hasText: 'TLS connection to provider' }).waitFor();
    const fingerprint = await dialog.locator('[data-test=tls-approval] [data-test=tls-fingerprint]').first().innerText();
    check(fingerprint === tls.fingerprint, `the dialog shows ${fingerprint}, the stub presents ${tls.fingerprint}`);
    await assertAccessible(placeFrame(), '[data-test=provider-form]', 'add provider dialog, TLS chain offered');
  });

  await step('71-tls-trusted-and-tested-again', async () => {
    const dialog = place().getByRole('dialog', { name: 'Add provider' });
    await dialog.getByRole('button', { name: 'Import and test again' }).click();
    // trusted now: the handshake passes and the stub's 404 says it is no Neutron
    await dialog.locator('[data-test=fault]').filter({ hasText: 'does not lead to a Neutron' }).waitFor();
    check(await dialog.locator('[data-test=tls-approval]').count() === 0, 'the chain is still offered');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await place().getByRole('dialog').waitFor({ state: 'detached' });
  });

  await step('72-running-import-after-reopen', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `${unique}-bulk-${String(i).padStart(2, '0')}`);
    for (const name of names) {
      await neutron.network(name);
    }
    await place().getByRole('link', { name: providerName }).click();
    await place().locator('[data-test=tab-networks]').click();
    await place().getByLabel('Filter networks').fill(`${unique}-bulk-`);
    await place().locator('[data-test=network-count]').filter({ hasText: /^40 of \d+ networks/ }).waitFor();
    await place().getByLabel('Select all networks of this page').check();
    await place().getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = place().getByRole('dialog', { name: 'Import provider networks' });
    await dialog.getByRole('combobox', { name: /^Data center/ }).selectOption({ label: dataCenterName });
    await dialog.getByRole('button', { name: 'Import' }).click();
    await dialog.locator('[data-test=import-progress]').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).first().click(); // the × while the job runs
    await place().getByRole('dialog').waitFor({ state: 'detached' });
    await place().locator('[data-test=running-import] [data-test=import-progress]').waitFor();
  });

  await step('73-running-import-ended', async () => {
    // 40 imports one by one take a minute on a busy machine
    await place().locator('[data-test=running-import-done]').waitFor({ timeout: 180_000 });
    await place().locator('[data-test=networks] tbody tr', { hasText: `${unique}-bulk-00` })
      .filter({ hasText: dataCenterName }).waitFor();
  });
}
