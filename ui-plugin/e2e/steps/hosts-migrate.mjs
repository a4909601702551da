// Steps of the e2e run (see run.mjs): the standalone webadmin's Hosts place, and Migrate of a running VM with a
// vNIC on a provider network to the other host of its cluster: its port on Neutron is bound to the new host.
import { assertAccessible } from '../axe.mjs';
import { eventually } from '../engine.mjs';

/** @param {object} run what run.mjs shares with its step modules */
export async function hostsMigrateSteps(run) {
  const { page, step, check, neutron, engineApi } = run;
  const { unique, dataCenterName, networkNames } = run.names;
  const clusterName = `${unique}-migrate-cluster`;
  const vmName = `${unique}-migrating-vm`;
  const hostNames = [`${unique}-host-a`, `${unique}-host-b`];
  const setUp = { clusterId: null, hostIds: [], vmId: null, nicId: null };
  // also right after the steps: a running VM on the provider's networks keeps the provider from being removed
  const tearDown = async () => {
    const engine = await engineApi();
    if (setUp.vmId) {
      await engine.post(`vms/${setUp.vmId}/stop`, {}).catch(() => {});
      await engine.remove(`vms/${setUp.vmId}`);
    }
    for (const id of setUp.hostIds) {
      await engine.remove(`hosts/${id}`);
    }
    if (setUp.clusterId) {
      await engine.remove(`clusters/${setUp.clusterId}`);
    }
    Object.assign(setUp, { clusterId: null, hostIds: [], vmId: null });
  };
  run.cleanups.push(tearDown);

  await step('74-hosts-place', async () => {
    // the webadmin has no Add cluster, Add host or Run on a chosen host: set up over REST
    const engine = await engineApi();
    const dataCenter = (await engine.get('datacenters')).data_center.find((dc) => dc.name === dataCenterName);
    setUp.clusterId = (await engine.post('clusters', { name: clusterName, data_center: { id: dataCenter.id } })).id;
    const network = (await engine.get(`datacenters/${dataCenter.id}/networks`)).network
      .find((n) => n.name === networkNames[0]);
    await engine.post(`clusters/${setUp.clusterId}/networks`, { id: network.id, required: false });
    for (const [i, name] of hostNames.entries()) {
      setUp.hostIds.push((await engine.post('hosts', { name, address: `192.0.2.${71 + i}`,
        cluster: { id: setUp.clusterId } })).id);
    }
    const profile = (await engine.get(`networks/${network.id}/vnicprofiles`)).vnic_profile;
    setUp.vmId = (await engine.post('vms', { name: vmName, cluster: { id: setUp.clusterId } })).id;
    setUp.nicId = (await engine.post(`vms/${setUp.vmId}/nics`, { name: 'nic1',
      vnic_profile: { id: (Array.isArray(profile) ? profile[0] : profile).id } })).id;
    await engine.post(`vms/${setUp.vmId}/start`, { host: { id: setUp.hostIds[0] } });
    await page.getByRole('link', { name: 'Hosts' }).click();
    await page.locator('[data-test=host] tr', { hasText: hostNames[0] }).click();
    await page.getByRole('tab', { name: 'Virtual Machines' }).click();
    await page.locator('[data-test=host-vms] tr', { hasText: vmName }).waitFor();
    await assertAccessible(page.mainFrame(), '.osn-place', 'Hosts place');
  });

  await step('75-vm-migrated-port-rebound', async () => {
    const row = page.locator('[data-test=host-vms] tr', { hasText: vmName });
    await row.getByLabel(`Host to migrate ${vmName} to`).selectOption({ label: hostNames[1] });
    await row.getByRole('button', { name: 'Migrate' }).click();
    await page.locator('[data-test=toast]', { hasText: `${vmName} migrated to ${hostNames[1]}` }).waitFor();
    await page.locator('[data-test=host-vms] tr', { hasText: vmName }).waitFor({ state: 'detached' });
    await page.locator('[data-test=host] tr', { hasText: hostNames[1] }).click();
    await page.locator('[data-test=host-vms] tr', { hasText: vmName }).waitFor();
    let ports = [];
    await eventually(async () => {
      ports = await neutron.portsOf(setUp.nicId);
      return ports.length === 1 && ports[0]['binding:host_id'] === '192.0.2.72';
    }, 10_000, 'the port bound to the new host');
    check(ports.length === 1, `ports of the vNIC: ${JSON.stringify(ports)}`);
    await tearDown();
  });
}
