// Steps of the e2e run (see run.mjs): a VM with two vNICs on an imported provider network, run from the
// Virtual Machines place, its ports in the plugin's Provider ports tab and on Neutron; stopped and removed from
// the UI, its ports released on Neutron (asynchronously after the commit, hence the bounded poll).
import { assertAccessible } from '../axe.mjs';
import { eventually } from '../engine.mjs';

const RELEASE_BOUND_MS = 30_000;

/** @param {object} run what run.mjs shares with its step modules */
export async function vmProviderPortsSteps(run) {
  const { page, step, check, engineApi, neutron } = run;
  const { unique, dataCenterName, networkNames } = run.names;
  const clusterName = `${unique}-cluster`;
  const vmName = `${unique}-vm`;
  const nicNames = ['nic1', 'nic2'];
  const portsTab = () => page.frameLocator('iframe[name="osn-vm-provider-ports"]');
  const setUp = { clusterId: null, hostId: null };
  let nicIds = [];

  // also after a failure, newest first: the VM (stopped), the host, the cluster
  run.cleanups.push(async () => {
    const engine = await engineApi();
    const vm = ((await engine.get('vms')).vm || []).find((v) => v.name === vmName);
    if (vm) {
      if (vm.status !== 'down') {
        await engine.post(`vms/${vm.id}/stop`, {});
      }
      await engine.remove(`vms/${vm.id}`);
    }
    if (setUp.hostId) {
      await engine.remove(`hosts/${setUp.hostId}`);
    }
    if (setUp.clusterId) {
      await engine.remove(`clusters/${setUp.clusterId}`);
    }
  });

  await step('40-clusters-place', async () => {
    // the webadmin has no Add cluster or Add host: set up over REST, see them in the UI
    const engine = await engineApi();
    const dataCenter = ((await engine.get('datacenters')).data_center || []).find((dc) => dc.name === dataCenterName);
    const cluster = await engine.post('clusters', { name: clusterName, data_center: { id: dataCenter.id } });
    setUp.clusterId = cluster.id;
    const network = ((await engine.get(`datacenters/${dataCenter.id}/networks`)).network || [])
      .find((n) => n.name === networkNames[0]);
    await engine.post(`clusters/${cluster.id}/networks`, { id: network.id, required: false });
    const host = await engine.post('hosts', { name: `${unique}-host`, address: '192.0.2.10', cluster: { id: cluster.id } });
    setUp.hostId = host.id;
    await page.getByRole('link', { name: 'Clusters' }).click();
    await page.locator('[data-test=cluster] tr', { hasText: clusterName }).click();
    await page.getByRole('tab', { name: 'Logical Networks' }).waitFor();
    await page.locator('[data-test=cluster-networks] li', { hasText: networkNames[0] }).waitFor();
    await page.locator('[data-test=cluster] tr', { hasText: clusterName }).filter({ hasText: dataCenterName }).waitFor();
  });

  await step('41-networks-place', async () => {
    await page.getByRole('link', { name: 'Networks', exact: true }).click();
    await page.locator('[data-test=network] tr', { hasText: networkNames[0] }).click();
    await page.locator('[data-test=network-profiles] li').first().waitFor();
    await page.getByRole('tab', { name: 'External providers' }).click();
    const providers = page.frameLocator('iframe[name="osn-network-providers"]').locator('[data-test=provided-by] tbody tr');
    await providers.filter({ hasText: run.names.providerName }).waitFor();
    check(await providers.count() === 1, `providers of ${networkNames[0]}: ${await providers.count()}`);
    await assertAccessible(page.frame({ name: 'osn-network-providers' }), '#osn-root', 'External providers tab');
  });

  await step('42-vm-added', async () => {
    await page.getByRole('link', { name: 'Virtual Machines' }).click();
    await page.getByLabel('New VM name').fill(vmName);
    await page.getByLabel('Cluster of the new VM').selectOption({ label: clusterName });
    await page.getByRole('button', { name: 'Add VM' }).click();
    const row = page.locator('[data-test=vm] tr', { hasText: vmName });
    await row.filter({ hasText: 'down' }).waitFor();
    check((await row.getAttribute('aria-selected')) === 'true', 'the added VM is selected');
    await page.getByRole('tab', { name: 'Provider ports' }).click();
    await portsTab().locator('[data-test=ports-empty]').waitFor();
  });

  await step('43-vm-vnics-added', async () => {
    await page.getByRole('tab', { name: 'Network Interfaces' }).click();
    const engine = await engineApi();
    const profile = ((await engine.get('vnicprofiles')).vnic_profile || [])
      .find((p) => p.network?.id && p.name === networkNames[0]);
    check(profile, `a vNIC profile named ${networkNames[0]}`);
    for (const name of nicNames) {
      await page.getByLabel('New vNIC name').fill(name);
      await page.getByLabel('vNIC profile').selectOption({ value: profile.id });
      await page.getByRole('button', { name: 'Add vNIC' }).click();
      await page.locator('[data-test=nics] tr', { hasText: name }).waitFor();
    }
    await assertAccessible(page.mainFrame(), '.osn-place', 'Virtual Machines place with the vNICs tab');
  });

  await step('44-vm-running', async () => {
    await page.getByRole('button', { name: 'Run' }).click();
    // running on the cluster's only host, named, not shown by its id
    await page.locator('[data-test=vm] tr', { hasText: vmName }).filter({ hasText: 'up' })
      .filter({ hasText: `${unique}-host` }).waitFor();
    // a hot-unplug and hot-plug of the second vNIC from its row
    const nic = page.locator('[data-test=nics] tr', { hasText: nicNames[1] });
    await nic.getByRole('button', { name: 'Unplug' }).click();
    await nic.filter({ hasText: 'unplugged' }).getByRole('button', { name: 'Plug' }).waitFor();
    await nic.getByRole('button', { name: 'Plug' }).click();
    await nic.getByRole('button', { name: 'Unplug' }).waitFor();
    check(!(await nic.innerText()).includes('unplugged'), `vNIC row after Plug: ${await nic.innerText()}`);
  });

  await step('45-vm-provider-ports', async () => {
    await page.getByRole('tab', { name: 'Provider ports' }).click();
    const rows = portsTab().locator('[data-test=provider-ports] tbody tr');
    await rows.nth(1).waitFor();
    check(await rows.count() === 2, `provider ports: ${await rows.count()}`);
    const engine = await engineApi();
    const vm = ((await engine.get('vms')).vm || []).find((v) => v.name === vmName);
    const nics = (await engine.get(`vms/${vm.id}/nics`)).nic || [];
    nicIds = nics.map((n) => n.id);
    for (const nic of nics) {
      const row = portsTab().locator(`[data-test=provider-ports] tr[data-nic="${nic.id}"]`);
      const text = await row.innerText();
      const ports = await neutron.portsOf(nic.id);
      check(ports.length === 1, `Neutron ports of vNIC ${nic.name}: ${ports.length}`);
      check(text.includes(ports[0].id) && text.includes(nic.name) && /active/.test(text), `row of ${nic.name}: ${text}`);
    }
    await assertAccessible(page.frame({ name: 'osn-vm-provider-ports' }), '#osn-root', 'Provider ports tab');
  });

  await step('46-vm-stopped', async () => {
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.locator('[data-test=vm] tr', { hasText: vmName }).filter({ hasText: 'down' }).waitFor();
  });

  await step('47-vm-removed-ports-gone', async () => {
    await page.getByRole('button', { name: 'Remove' }).click();
    await page.locator('[data-test=vm] tr', { hasText: vmName }).waitFor({ state: 'detached' });
    check(nicIds.length === 2, `vNICs seen: ${nicIds.length}`);
    await eventually(async () => (await Promise.all(nicIds.map((id) => neutron.portsOf(id))))
      .every((ports) => ports.length === 0), RELEASE_BOUND_MS, 'the VM\'s ports released on Neutron');
    await page.getByRole('heading', { name: vmName }).waitFor({ state: 'detached' });
  });
}
