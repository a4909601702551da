// A Test that failed on TLS: the dialog asks the provider for the chain it presents, shows each certificate with
// its SHA-256 fingerprint, and on the admin's approval imports them and tests again.

import { h, replace } from '../../ui/dom.js';
import { alert, busy, button, faultAlert, spinner } from '../../ui/components.js';
import { describeFault } from '../../utils/fault.js';
import { certificateRows, isImported } from '../../places/providers/certificate-rows.js';

/** The engine's fault for a provider it cannot trust (or whose handshake fails) starts like this. */
export function isTlsFailure(error) {
  const text = `${(error && error.reason) || ''} ${(error && error.detail) || ''}`;
  return /TLS connection to provider/.test(text);
}

/** All certificates of the chain, as one importcertificates body. */
export function importChainBody(rows) {
  return { certificates: { certificate: rows.map((row) => ({ content: row.content })) } };
}

/**
 * Fills `area` with the chain and an "Import and test again" button.
 * @param {{client: object, providerId: string, providerName: string, area: HTMLElement, retest: () => Promise}} o
 */
export async function offerChain({ client, providerId, providerName, area, retest, reveal = () => {} }) {
  replace(area, spinner('sm', 'Loading the certificates'), ' Asking the provider for its certificates…');
  let rows;
  let trusted;
  try {
    [rows, trusted] = await Promise.all([
      client.get(`openstacknetworkproviders/${providerId}/certificates`).then(certificateRows),
      client.get(`openstacknetworkproviders/${providerId}/importedcertificates`).then(certificateRows)]);
  } catch (error) {
    replace(area, faultAlert(describeFault(`Get the certificates of ${providerName}`, error)));
    return;
  }
  if (!rows.length) {
    replace(area, alert('warning', `${providerName} presented no certificate.`));
    return;
  }
  if (rows.every((row) => isImported(row, trusted))) {
    // importing again would change nothing: the failure is another one (a host name the certificate lacks, …)
    replace(area, alert('info', `The engine already trusts every certificate ${providerName} presents; the TLS `
      + 'failure above has another cause.', null, { testId: 'tls-already-trusted' }));
    return;
  }
  const approve = button('Import and test again', () => busy(approve, async () => {
    try {
      await client.post(`openstacknetworkproviders/${providerId}/importcertificates`, importChainBody(rows));
    } catch (error) {
      replace(area, faultAlert(describeFault(`Import the certificates of ${providerName}`, error)));
      return;
    }
    replace(area);
    await retest();
  }), { variant: 'primary', id: 'osn-provider-form-trust' });
  replace(area, h('div', { class: 'osn-tls-approval', 'data-test': 'tls-approval' },
    h('p', {}, `${providerName} presents the certificates below, which the engine does not trust. Import them only `
      + 'when the SHA-256 fingerprint is the one the provider\'s administrator gave you.'),
    h('dl', { class: 'osn-certificate-facts' }, rows.flatMap((row) => [
      h('dt', {}, row.id === '0' ? 'Provider' : `Issuer ${row.id}`),
      h('dd', {}, h('div', {}, row.subject, row.selfSigned ? ' (self-signed)' : ` — issued by ${row.issuer}`),
        h('div', { class: 'osn-mono osn-fingerprint', 'data-test': 'tls-fingerprint' }, row.fingerprint))])),
    approve));
  reveal();
}
