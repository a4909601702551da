// Steps of the e2e run (see run.mjs): a provider's certificates, first the readable 400 of a provider on plain
// http, then the chain of a TLS stub this run starts on the loopback: import after comparing the fingerprint,
// remove.
import { assertAccessible } from '../axe.mjs';
import { startTlsStub } from '../tls-stub.mjs';

/** @param {object} run what run.mjs shares with its step modules */
export async function certificateSteps(run) {
  const { place, placeFrame, step, check, engineApi, expectedFailures } = run;
  const { unique, providerName } = run.names;
  const tlsProviderName = `${unique}-tls`;
  let tls;
  let tlsProviderId;
  run.cleanups.push(async () => {
    if (tls) {
      await tls.close();
      const engine = await engineApi();
      const left = ((await engine.get('openstacknetworkproviders')).openstack_network_provider || [])
        .find((p) => p.name === tlsProviderName);
      if (left) {
        await engine.remove(`openstacknetworkproviders/${left.id}`);
      }
    }
  });

  await step('25-certificates-not-https', async () => {
    expectedFailures.push(/\/certificates$/);
    await place().getByRole('link', { name: providerName }).click();
    await place().locator('[data-test=tab-certificates]').click();
    const fault = place().locator('[data-test=presented-certificates-area] [data-test=fault]');
    await fault.waitFor();
    const text = await fault.innerText();
    check(/Get the certificates of .* failed/.test(text) && /is not https, so it presents no certificate/.test(text),
      `fault: ${text}`);
    await place().locator('[data-test=imported-certificates]').waitFor();
  });

  await step('26-certificates-presented-by-tls-provider', async () => {
    tls = await startTlsStub(`${unique}-tls.example`);
    await place().getByRole('link', { name: 'External Network Providers' }).click();
    await place().getByRole('button', { name: 'Add' }).click();
    const dialog = place().getByRole('dialog', { name: 'Add provider' });
    await dialog.getByRole('textbox', { name: /^Name/ }).fill(tlsProviderName);
    await dialog.getByLabel('Provider URL').fill(tls.url);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await place().getByRole('dialog').waitFor({ state: 'detached' });
    await place().getByRole('link', { name: tlsProviderName }).click();
    await place().locator('[data-test=tab-certificates]').click();
    const row = place().locator('[data-test=presented-certificates] tr[data-id="0"]');
    await row.waitFor();
    const text = await row.innerText();
    check(text.includes(`CN=${unique}-tls.example`) && text.includes('self-signed'), `presented: ${text}`);
    check(text.includes(tls.fingerprint), `presented fingerprint is not ${tls.fingerprint}: ${text}`);
  });

  await step('27-import-certificate-dialog', async () => {
    await place().locator('[data-test=presented-certificates] tr[data-id="0"]').getByRole('button', { name: 'Import' })
      .click();
    const dialog = place().getByRole('dialog', { name: 'Import certificate' });
    const shown = await dialog.locator('[data-test=confirm-fingerprint]').innerText();
    check(shown === tls.fingerprint, `the dialog shows ${shown}, the certificate is ${tls.fingerprint}`);
    await assertAccessible(placeFrame(), '[data-test=import-certificate-dialog]', 'import certificate dialog');
  });

  await step('28-certificate-imported', async () => {
    await place().getByRole('dialog', { name: 'Import certificate' }).getByRole('button', { name: 'Import' }).click();
    await place().getByRole('dialog').waitFor({ state: 'detached' });
    await place().locator('[data-test=imported-certificates] tr', { hasText: tls.fingerprint }).waitFor();
    await place().locator('[data-test=presented-certificates] tr[data-id="0"] [data-test=already-imported]').waitFor();
    const engine = await engineApi();
    const provider = (await engine.get('openstacknetworkproviders')).openstack_network_provider
      .find((p) => p.name === tlsProviderName);
    tlsProviderId = provider.id;
    const trusted = (await engine.get(`openstacknetworkproviders/${provider.id}/importedcertificates`)).certificate
      || [];
    check(trusted.some((c) => c.subject === `CN=${unique}-tls.example`),
      `the engine trusts ${JSON.stringify(trusted)}`);
  });

  await step('29-remove-certificate-dialog', async () => {
    await place().locator('[data-test=imported-certificates] tr', { hasText: tls.fingerprint })
      .getByRole('button', { name: 'Remove' }).click();
    const dialog = place().getByRole('dialog', { name: 'Remove certificate' });
    check((await dialog.locator('[data-test=confirm-fingerprint]').innerText()) === tls.fingerprint,
      'the remove dialog shows another fingerprint');
    await assertAccessible(placeFrame(), '[data-test=remove-certificate-dialog]', 'remove certificate dialog');
  });

  await step('30-certificate-removed', async () => {
    await place().getByRole('dialog', { name: 'Remove certificate' }).getByRole('button', { name: 'Remove' }).click();
    await place().getByRole('dialog').waitFor({ state: 'detached' });
    await place().locator('[data-test=imported-certificates] tr', { hasText: tls.fingerprint })
      .waitFor({ state: 'detached' });
    await place().locator('[data-test=presented-certificates] tr[data-id="0"]').getByRole('button', { name: 'Import' })
      .waitFor();
    const engine = await engineApi();
    const trusted = (await engine.get(`openstacknetworkproviders/${tlsProviderId}/importedcertificates`)).certificate
      || [];
    check(!trusted.some((c) => c.subject === `CN=${unique}-tls.example`), 'the engine still trusts it');
    await engine.remove(`openstacknetworkproviders/${tlsProviderId}`);
  });
}
