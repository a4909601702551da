// Steps of the e2e run (see run.mjs): the Networks tab's columns for a VLAN network made on Neutron, then its
// subnets: an IPv4 and an IPv6 (SLAAC) one added through the dialog, seen on Neutron, one removed again.
import { assertAccessible } from '../axe.mjs';
import { eventually } from '../engine.mjs';

/** @param {object} run what run.mjs shares with its step modules */
export async function networkColumnsAndSubnetsSteps(run) {
  const { page, place, placeFrame, step, check, neutron } = run;
  const { unique, providerName } = run.names;
  const vlanName = `${unique}-vlan`;
  let vlan;
  const row = () => place().locator('[data-test=networks] tbody tr', { hasText: vlanName });

  await step('50-networks-columns', async () => {
    vlan = await neutron.vlanNetwork(vlanName);
    await page.getByRole('link', { name: 'External Networks' }).click();
    await place().getByRole('link', { name: 'External Network Providers' }).click();
    await place().getByRole('link', { name: providerName }).click();
    await place().locator('[data-test=tab-networks]').click();
    await place().getByLabel('Filter networks').fill(vlanName);
    await row().waitFor();
    const type = await row().locator('[data-test=network-type]').innerText();
    check(type === `vlan ${vlan['provider:segmentation_id']} on physnet1`, `type column: ${type}`);
    const mtu = await row().locator('[data-test=network-mtu]').innerText();
    check(mtu === String(vlan.mtu), `MTU column ${mtu}, Neutron has ${vlan.mtu}`);
    check((await row().locator('[data-test=network-subnets]').innerText()) === 'none', 'subnets column');
  });

  await step('51-subnets-dialog', async () => {
    await row().getByRole('button', { name: /^Subnets of/ }).click();
    const dialog = place().getByRole('dialog', { name: `Subnets of ${vlanName}` });
    await dialog.locator('[data-test=subnets]').filter({ hasText: 'The network has no subnet.' }).waitFor();
    await assertAccessible(placeFrame(), '[data-test=subnets-dialog]', 'subnets dialog');
  });

  await step('52-subnet-ipv4-added', async () => {
    const dialog = place().getByRole('dialog', { name: `Subnets of ${vlanName}` });
    await dialog.getByLabel('Subnet name').fill('four');
    await dialog.getByRole('textbox', { name: /^CIDR/ }).fill('10.77.1.0/24');
    await dialog.getByLabel('Gateway').fill('10.77.1.1');
    await dialog.getByLabel('DNS servers').fill('8.8.8.8, 8.8.4.4');
    await dialog.getByRole('button', { name: 'Add subnet' }).click();
    await dialog.locator('[data-test=subnet-added]').waitFor();
    await dialog.locator('[data-test=subnets] tr', { hasText: '10.77.1.0/24' }).filter({ hasText: '8.8.4.4' }).waitFor();
    const onNeutron = await neutron.subnetsOf(vlan.id);
    check(onNeutron.length === 1 && onNeutron[0].gateway_ip === '10.77.1.1'
      && onNeutron[0].dns_nameservers.join(',') === '8.8.8.8,8.8.4.4', `Neutron has ${JSON.stringify(onNeutron)}`);
  });

  await step('53-subnet-ipv6-form', async () => {
    const dialog = place().getByRole('dialog', { name: `Subnets of ${vlanName}` });
    await dialog.getByLabel('Subnet name').fill('six');
    await dialog.getByLabel('IP version').selectOption('v6');
    await dialog.getByRole('textbox', { name: /^CIDR/ }).fill('fd00:77::/64');
    await dialog.getByLabel('IPv6 address mode').selectOption('slaac');
    await dialog.getByLabel('IPv6 router advertisement mode').selectOption('slaac');
    await assertAccessible(placeFrame(), '[data-test=subnets-dialog]', 'subnets dialog, IPv6 form');
  });

  await step('54-subnet-ipv6-added', async () => {
    const dialog = place().getByRole('dialog', { name: `Subnets of ${vlanName}` });
    await dialog.getByRole('button', { name: 'Add subnet' }).click();
    await dialog.locator('[data-test=subnets] tr', { hasText: 'fd00:77::/64' }).filter({ hasText: 'SLAAC / SLAAC' })
      .waitFor();
    const six = (await neutron.subnetsOf(vlan.id)).find((s) => s.ip_version === 6);
    check(six && six.ipv6_address_mode === 'slaac' && six.ipv6_ra_mode === 'slaac', `Neutron has ${JSON.stringify(six)}`);
  });

  await step('55-subnet-remove-dialog', async () => {
    await place().getByRole('dialog', { name: `Subnets of ${vlanName}` }).locator('[data-test=subnets] tr',
      { hasText: '10.77.1.0/24' }).getByRole('button', { name: 'Remove' }).click();
    await place().getByRole('dialog', { name: 'Remove subnet' }).waitFor();
    await assertAccessible(placeFrame(), '[data-test=remove-subnet-dialog]', 'remove subnet dialog');
  });

  await step('56-subnet-removed', async () => {
    await place().getByRole('dialog', { name: 'Remove subnet' }).getByRole('button', { name: 'Remove' }).click();
    await place().getByRole('dialog', { name: 'Remove subnet' }).waitFor({ state: 'detached' });
    const dialog = place().getByRole('dialog', { name: `Subnets of ${vlanName}` });
    await dialog.locator('[data-test=subnets] tr', { hasText: '10.77.1.0/24' }).waitFor({ state: 'detached' });
    await eventually(async () => (await neutron.subnetsOf(vlan.id)).length === 1, 10_000, 'subnet gone on Neutron');
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await place().getByRole('dialog').waitFor({ state: 'detached' });
    // the list is asked again: one subnet left
    await row().locator('[data-test=network-subnets]').filter({ hasText: '1 subnet' }).waitFor();
  });
  return { vlan, vlanName };
}
