// Steps of the e2e run (see run.mjs): edit a provider (a Keystone one keeps its password when none is typed), and
// sync it with a network made on Neutron behind the module's back, a dry run first.
import { assertAccessible } from '../axe.mjs';
import { eventually } from '../engine.mjs';

/** @param {object} run what run.mjs shares with its step modules */
export async function editAndSyncSteps(run) {
  const { page, place, placeFrame, step, check, engineApi, neutron, neutronUrl, keystone } = run;
  const { unique, providerName, dataCenterName, networkNames } = run.names;
  const behindName = `${unique}-behind`;
  const keystoneProviderName = `${unique}-keystone`;
  let behindId;
  let dataCenterId;
  let clusterId;
  run.cleanups.push(async () => {
    const engine = await engineApi();
    if (clusterId) {
      await engine.remove(`clusters/${clusterId}`);
    }
    const left = ((await engine.get('openstacknetworkproviders')).openstack_network_provider || [])
      .find((p) => p.name === keystoneProviderName);
    if (left) {
      await engine.remove(`openstacknetworkproviders/${left.id}`);
    }
  });

  await step('17-edit-provider-dialog', async () => {
    await page.getByRole('link', { name: 'External Networks' }).click();
    await place().getByRole('link', { name: 'External Network Providers' }).click();
    await place().locator('[data-test=providers] tr', { hasText: providerName }).getByRole('radio').check();
    await place().getByRole('button', { name: 'Edit' }).click();
    const dialog = place().getByRole('dialog', { name: 'Edit provider' });
    await dialog.waitFor();
    const name = await dialog.getByRole('textbox', { name: /^Name/ }).inputValue();
    const url = await dialog.getByLabel('Provider URL').inputValue();
    check(name === providerName && url === neutronUrl, `Edit not prefilled: ${name} ${url}`);
    check(!(await dialog.getByLabel('Requires authentication').isChecked()), 'authentication shown as on');
    await dialog.getByLabel('Description').fill(`edited by ${unique}`);
    await assertAccessible(placeFrame(), '[data-test=provider-form]', 'edit provider dialog');
  });

  await step('18-provider-edited', async () => {
    await place().getByRole('dialog', { name: 'Edit provider' }).getByRole('button', { name: 'OK' }).click();
    await place().getByRole('dialog').waitFor({ state: 'detached' });
    await page.locator('[data-test=toast]', { hasText: `Provider ${providerName} saved` }).waitFor();
    const engine = await engineApi();
    const stored = (await engine.get('openstacknetworkproviders')).openstack_network_provider
      .find((p) => p.name === providerName);
    check(stored.description === `edited by ${unique}` && String(stored.auto_sync) !== 'true',
      `the engine has ${JSON.stringify(stored)}`);
    check(stored.url === neutronUrl, `the URL changed: ${stored.url}`);
  });

  await step('19-edit-tested-then-cancelled', async () => {
    // Test stores the changes to test them; Cancel must put the provider back as it was
    await place().locator('[data-test=providers] tr', { hasText: providerName }).getByRole('radio').check();
    await place().getByRole('button', { name: 'Edit' }).click();
    const dialog = place().getByRole('dialog', { name: 'Edit provider' });
    await dialog.getByLabel('Provider URL').fill('http://127.0.0.1:9');
    await dialog.getByRole('button', { name: 'Test' }).click();
    await dialog.locator('[data-test=fault]').filter({ hasText: /Connection refused/ }).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await place().getByRole('dialog').waitFor({ state: 'detached' });
    const engine = await engineApi();
    const stored = async () => (await engine.get('openstacknetworkproviders')).openstack_network_provider
      .find((p) => p.name === providerName);
    await eventually(async () => (await stored()).url === neutronUrl, 10_000, 'the previous URL put back');
    check((await stored()).description === `edited by ${unique}`, 'the saved description was lost');
    await place().locator('[data-test=providers] tr', { hasText: providerName }).filter({ hasText: neutronUrl })
      .waitFor();
  });

  await step('20-keystone-provider-edited-without-password', async () => {
    await place().getByRole('button', { name: 'Add' }).click();
    const add = place().getByRole('dialog', { name: 'Add provider' });
    await add.getByRole('textbox', { name: /^Name/ }).fill(keystoneProviderName);
    await add.getByLabel('Provider URL').fill(keystone.neutronUrl);
    await add.getByLabel('Requires authentication').check();
    await add.getByLabel('Username').fill(keystone.user);
    await add.getByLabel('Password').fill(keystone.password);
    await add.getByLabel('Authentication URL').fill(keystone.url);
    await add.getByLabel('Project name').fill(keystone.project);
    await add.getByRole('button', { name: 'OK' }).click();
    await place().getByRole('dialog').waitFor({ state: 'detached' });
    await place().locator('[data-test=providers] tr', { hasText: keystoneProviderName }).getByRole('radio').check();
    await place().getByRole('button', { name: 'Edit' }).click();
    const edit = place().getByRole('dialog', { name: 'Edit provider' });
    check(await edit.getByLabel('Requires authentication').isChecked(), 'authentication shown as off');
    check((await edit.getByLabel('Username').inputValue()) === keystone.user, 'the username is not prefilled');
    check((await edit.getByLabel('Password').inputValue()) === '', 'a password is shown');
    await edit.getByText('Leave empty to keep the stored password.').waitFor();
    await edit.getByLabel('Description').fill('password kept?');
    await assertAccessible(placeFrame(), '[data-test=provider-form]', 'edit dialog of a Keystone provider');
  });

  await step('21-keystone-password-kept', async () => {
    await place().getByRole('dialog', { name: 'Edit provider' }).getByRole('button', { name: 'OK' }).click();
    await place().getByRole('dialog').waitFor({ state: 'detached' });
    // Keystone accepts the engine only with the password stored at Add
    await place().getByRole('button', { name: 'Test' }).click();
    await place().locator('[data-test=test-ok]').filter({ hasText: keystoneProviderName }).waitFor();
    await place().locator('[data-test=providers] tr', { hasText: keystoneProviderName })
      .locator('[data-test=last-test]').filter({ hasText: 'Succeeded' }).waitFor();
    const engine = await engineApi();
    const stored = (await engine.get('openstacknetworkproviders')).openstack_network_provider
      .find((p) => p.name === keystoneProviderName);
    check(stored.description === 'password kept?', `the edit was not saved: ${JSON.stringify(stored)}`);
    check(!('password' in stored), 'the engine answers a password');
    await engine.remove(`openstacknetworkproviders/${stored.id}`);
  });

  await step('22-sync-dry-run', async () => {
    // sync imports only into data centers whose clusters have the provider as default network provider; the
    // standalone webadmin has no cluster dialog, so the e2e sets that up over REST
    const engine = await engineApi();
    const provider = (await engine.get('openstacknetworkproviders')).openstack_network_provider
      .find((p) => p.name === providerName);
    const dataCenter = (await engine.get('datacenters')).data_center.find((dc) => dc.name === dataCenterName);
    dataCenterId = dataCenter.id;
    clusterId = (await engine.post('clusters', { name: `${unique}-cluster`, data_center: { id: dataCenter.id },
      external_network_providers: { external_provider: [{ id: provider.id }] } })).id;
    // a network made on Neutron behind the module's back
    behindId = await neutron.network(behindName);
    await place().locator('[data-test=providers] tr', { hasText: providerName }).getByRole('radio').check();
    await place().getByRole('button', { name: 'Sync' }).click();
    const dialog = place().getByRole('dialog', { name: `Sync provider ${providerName}` });
    await dialog.locator('[data-test=sync-planned]').waitFor();
    const planned = dialog.locator(`[data-test=sync-to_import] tr[data-external-id="${behindId}"]`);
    await planned.waitFor();
    const text = await planned.innerText();
    check(text.includes(behindName) && text.includes(dataCenterName) && /planned/.test(text), `dry-run row: ${text}`);
    for (const name of networkNames) {
      check(await dialog.locator('[data-test=sync-to_import] tr', { hasText: name }).count() === 0,
        `${name}, already imported, is planned again`);
    }
    const networksInDc = await engine.get(`datacenters/${dataCenter.id}/networks`);
    check(!(networksInDc.network || []).some((n) => n.name === behindName), 'the dry run imported the network');
    await assertAccessible(placeFrame(), '[data-test=sync-provider]', 'sync dialog with the dry run');
  });

  await step('23-sync-applied', async () => {
    const dialog = place().getByRole('dialog', { name: `Sync provider ${providerName}` });
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await dialog.locator('[data-test=sync-applied]').waitFor();
    const done = dialog.locator(`[data-test=sync-to_import] tr[data-external-id="${behindId}"]`);
    const text = await done.innerText();
    check(/\bdone\b/.test(text), `applied row: ${text}`);
    check(!(await dialog.getByRole('button', { name: 'Apply' }).isVisible()), 'Apply still offered after applying');
    const engine = await engineApi();
    await eventually(async () => ((await engine.get(`datacenters/${dataCenterId}/networks`)).network || [])
      .some((n) => n.name === behindName), 10_000, `${behindName} in the data center`);
    await assertAccessible(placeFrame(), '[data-test=sync-provider]', 'sync dialog after applying');
    // a cluster's default network provider cannot be removed; the cluster goes, the provider is removed at the end
    await engine.remove(`clusters/${clusterId}`);
    clusterId = null;
  });

  await step('24-sync-closed', async () => {
    await place().getByRole('dialog').locator('#osn-sync-close').click();
    await place().getByRole('dialog').waitFor({ state: 'detached' });
    await page.locator('[data-test=toast]', { hasText: `Provider ${providerName} synchronized` }).waitFor();
  });
}
