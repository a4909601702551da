// Steps of the e2e run (see run.mjs): link a provider network to an engine-only network from the import dialog,
// link that network to a second provider from the network's External providers tab, create a network on the
// provider (flat on a physical network, MTU, no port security, a subnet) and see it on Neutron, then remove it
// from the engine and the provider together.
import { assertAccessible } from '../axe.mjs';
import { eventually } from '../engine.mjs';

/** @param {object} run what run.mjs shares with its step modules */
export async function linkAndExportSteps(run) {
  const { page, place, placeFrame, step, check, neutron, neutronUrl, engineApi } = run;
  const { unique, providerName, dataCenterName } = run.names;
  const engineOnly = `${unique}-engine-only`;
  const linkedName = `${unique}-to-link`;
  const secondProvider = `${unique}-second`;
  const physName = `${unique}-phys`;
  const exportName = `${unique}-exported`;
  const detail = () => page.frameLocator('iframe[name="osn-network-providers"]');
  let secondProviderId;
  let exportedExternalId;
  run.cleanups.push(async () => {
    const engine = await engineApi();
    if (secondProviderId) {
      await engine.remove(`openstacknetworkproviders/${secondProviderId}`).catch(() => {});
    }
  });

  await step('57-import-dialog-link-mode', async () => {
    // an engine network no provider provides, as an admin would have made it in the engine
    const engine = await engineApi();
    const dc = (await engine.get('datacenters')).data_center.find((d) => d.name === dataCenterName);
    await engine.post('networks', { name: engineOnly, data_center: { id: dc.id } });
    await engine.post('networks', { name: physName, data_center: { id: dc.id } });
    await neutron.network(linkedName);
    await place().locator('[data-test=tab-general]').click();
    await place().locator('[data-test=tab-networks]').click();
    await place().getByLabel('Filter networks').fill(linkedName);
    const row = place().locator('[data-test=networks] tbody tr', { hasText: linkedName });
    await row.getByRole('checkbox').check();
    await place().getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = place().getByRole('dialog', { name: 'Import provider networks' });
    await dialog.getByRole('combobox', { name: /^Data center/ }).selectOption({ label: dataCenterName });
    await dialog.getByLabel(/^Link to an existing network/).check();
    await dialog.getByRole('combobox', { name: /^Existing network/ }).locator('option', { hasText: engineOnly })
      .waitFor({ state: 'attached' });
    await dialog.getByRole('combobox', { name: /^Existing network/ }).selectOption({ label: engineOnly });
    check(!(await dialog.getByLabel(/^Allow all users/).isVisible()), 'import options shown when linking');
    await assertAccessible(placeFrame(), '[data-test=import-networks]', 'import dialog, link mode');
  });

  await step('58-linked-from-import-dialog', async () => {
    const dialog = place().getByRole('dialog', { name: 'Import provider networks' });
    await dialog.getByRole('button', { name: 'Link', exact: true }).click();
    await dialog.locator('[data-test=import-done]').filter({ hasText: `${linkedName} linked to ${engineOnly}` }).waitFor();
    await dialog.locator('#osn-import-close').click();
    await place().getByRole('dialog').waitFor({ state: 'detached' });
    await place().locator('[data-test=networks] tbody tr', { hasText: linkedName }).filter({ hasText: dataCenterName })
      .waitFor();
    const engine = await engineApi();
    const network = (await engine.get('networks')).network.find((n) => n.name === engineOnly);
    const full = await engine.get(`networks/${network.id}`);
    check(full.provided_by && full.provided_by.openstack_network.length === 1, `provided by ${JSON.stringify(full)}`);
  });

  await step('59-link-to-second-provider-form', async () => {
    const engine = await engineApi();
    // a second provider on the same Neutron, so the engine network can have two providers
    secondProviderId = (await engine.post('openstacknetworkproviders', { name: secondProvider, url: neutronUrl,
      type: 'neutron', requires_authentication: false })).id;
    await page.getByRole('link', { name: 'Networks', exact: true }).click();
    await page.locator('[data-test=network] tr', { hasText: engineOnly }).click();
    await page.getByRole('tab', { name: 'External providers' }).click();
    await detail().locator('[data-test=provided-by] tbody tr').filter({ hasText: providerName }).waitFor();
    await detail().getByRole('button', { name: 'Link to a provider network' }).click();
    const dialog = detail().getByRole('form', { name: `Link ${engineOnly} to a provider network` });
    await dialog.getByRole('combobox', { name: /^Provider/ }).selectOption({ label: secondProvider });
    await dialog.getByLabel('Filter provider networks').fill(linkedName);
    await dialog.locator('[data-test=link-candidates] option', { hasText: linkedName }).waitFor({ state: 'attached' });
    await dialog.locator('[data-test=link-candidates]').selectOption({ index: 0 });
    await assertAccessible(page.frame({ name: 'osn-network-providers' }), '[data-test=link-network]', 'link form');
  });

  await step('60-linked-to-second-provider', async () => {
    await detail().locator('[data-test=link-network]').getByRole('button', { name: 'Link', exact: true }).click();
    await detail().locator('[data-test=link-network]').waitFor({ state: 'detached' });
    await detail().locator('[data-test=provided-by] tbody tr').filter({ hasText: secondProvider }).waitFor();
    check(await detail().locator('[data-test=provided-by] tbody tr').count() === 2, 'two providers expected');
  });

  await step('61-new-network-on-provider-dialog', async () => {
    await page.getByRole('link', { name: 'External Networks' }).click();
    await place().getByRole('link', { name: 'External Network Providers' }).click();
    await place().getByRole('link', { name: providerName }).click();
    await place().locator('[data-test=tab-networks]').click();
    await place().getByRole('button', { name: 'New on provider' }).click();
    const dialog = place().getByRole('dialog', { name: 'New network on the provider' });
    await dialog.getByRole('textbox', { name: /^Network name/ }).fill(exportName);
    await dialog.getByRole('combobox', { name: /^Data center/ }).selectOption({ label: dataCenterName });
    await dialog.getByLabel('MTU').fill('1400');
    await dialog.getByLabel('Port security').selectOption('off');
    await dialog.getByLabel('Physical network').locator('option', { hasText: physName }).waitFor({ state: 'attached' });
    await dialog.getByLabel('Physical network').selectOption({ label: `${physName} (flat)` });
    await dialog.locator('[data-test=physical-network-effect]').filter({ hasText: 'A flat network' }).waitFor();
    await dialog.getByLabel('Create a subnet on the new network').check();
    await dialog.getByRole('textbox', { name: /^CIDR/ }).fill('10.78.0.0/24');
    await assertAccessible(placeFrame(), '[data-test=export-network]', 'new network on provider dialog');
  });

  await step('62-network-exported-on-neutron', async () => {
    await place().getByRole('dialog', { name: 'New network on the provider' }).getByRole('button', { name: 'Create' })
      .click();
    await place().getByRole('dialog').waitFor({ state: 'detached' });
    await page.locator('[data-test=toast]', { hasText: `Network ${exportName} created on ${providerName}` }).waitFor();
    await place().getByLabel('Filter networks').fill(exportName);
    const row = place().locator('[data-test=networks] tbody tr', { hasText: exportName });
    await row.filter({ hasText: dataCenterName }).waitFor();
    exportedExternalId = await row.getAttribute('data-id');
    neutron.track(exportedExternalId);
    const onNeutron = await neutron.get(exportedExternalId);
    const engine = await engineApi();
    const phys = (await engine.get('networks')).network.find((n) => n.name === physName);
    check(onNeutron && onNeutron['provider:network_type'] === 'flat'
      && onNeutron['provider:physical_network'] === phys.vdsm_name && onNeutron.mtu === 1400
      && onNeutron.port_security_enabled === false, `Neutron has ${JSON.stringify(onNeutron)}`);
    const subnets = await neutron.subnetsOf(exportedExternalId);
    check(subnets.length === 1 && subnets[0].cidr === '10.78.0.0/24', `subnets on Neutron ${JSON.stringify(subnets)}`);
    check(await row.locator('[data-test=network-type]').innerText() === `flat on ${phys.vdsm_name}`, 'type column');
  });

  await step('63-remove-with-provider-question', async () => {
    await page.getByRole('link', { name: 'Networks', exact: true }).click();
    await page.locator('[data-test=network] tr', { hasText: exportName }).click();
    await page.getByRole('tab', { name: 'External providers' }).click();
    await detail().getByRole('button', { name: 'Remove with provider networks' }).click();
    const question = detail().locator('[data-test=remove-on-provider]');
    await question.getByText(exportedExternalId, { exact: false }).waitFor();
    await assertAccessible(page.frame({ name: 'osn-network-providers' }), '[data-test=remove-on-provider]',
      'remove with provider networks question');
  });

  await step('64-removed-also-on-neutron', async () => {
    await detail().locator('[data-test=remove-on-provider]').getByRole('button', { name: 'Remove', exact: true }).click();
    await detail().locator('[data-test=network-removed]').waitFor();
    await eventually(async () => (await neutron.get(exportedExternalId)) === null, 10_000, 'gone on Neutron');
    const engine = await engineApi();
    check(!(await engine.get('networks')).network.some((n) => n.name === exportName), 'still in the engine');
  });
}
