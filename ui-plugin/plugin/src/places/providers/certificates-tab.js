// The provider's certificates: the chain its https endpoint presents (asked live, trusted or not), each with Import
// after the admin compared the fingerprint, and the certificates the engine's provider trust store holds, each with
// Remove. The trust store is one for all providers, which the tab says.

import { h, replace } from '../../ui/dom.js';
import { button, faultAlert, spinner } from '../../ui/components.js';
import { describeFault } from '../../utils/fault.js';
import { openConfirm } from '../../modals/confirm-modal.js';
import { certificateRows, commonName, importCertificateBody, isImported } from './certificate-rows.js';

function table(label, testId, columns, rows) {
  return h('table', { class: 'pf-v6-c-table pf-m-compact', 'aria-label': label, 'data-test': testId },
    h('thead', { class: 'pf-v6-c-table__thead' },
      h('tr', { class: 'pf-v6-c-table__tr' }, columns.map((c) => h('th', { class: 'pf-v6-c-table__th', scope: 'col' },
        c || h('span', { class: 'pf-v6-screen-reader' }, 'Actions'))))),
    h('tbody', { class: 'pf-v6-c-table__tbody' }, rows));
}

// a fingerprint wraps only between its pairs; <wbr> adds no character to what the admin copies
const fingerprint = (text, props = {}) => h('span', { class: 'osn-mono osn-fingerprint', ...props },
  text.split(':').flatMap((pair, i) => (i === 0 ? [pair] : [':', h('wbr'), pair])));

const cell = (label, ...content) => h('td', { class: 'pf-v6-c-table__td', 'data-label': label }, ...content);
const emptyRow = (columns, text) => h('tr', { class: 'pf-v6-c-table__tr' },
  h('td', { class: 'pf-v6-c-table__td', colspan: String(columns) }, text));

export function renderCertificatesTab(context, provider, container) {
  const { client, api } = context;
  const messages = h('div', { class: 'osn-messages', 'aria-live': 'polite' });
  const presentedArea = h('div', { 'data-test': 'presented-certificates-area' });
  const importedArea = h('div', { 'data-test': 'imported-certificates-area' });
  const refreshButton = button('Refresh', () => load(), { id: 'osn-certificates-refresh' });
  let imported = [];

  replace(container,
    h('div', { class: 'pf-v6-c-toolbar' }, h('div', { class: 'pf-v6-c-toolbar__content' },
      h('div', { class: 'pf-v6-c-toolbar__content-section osn-toolbar' }, refreshButton))),
    messages,
    h('h2', { class: 'pf-v6-c-title pf-m-lg osn-section-title' }, 'Presented by the provider'),
    h('p', { class: 'osn-subtle' }, `The chain ${provider.url} presents now, the provider's own certificate first. `
      + 'Compare the SHA-256 fingerprint with the one the provider\'s administrator gives you before importing.'),
    presentedArea,
    h('h2', { class: 'pf-v6-c-title pf-m-lg osn-section-title' }, 'Imported'),
    h('p', { class: 'osn-subtle' }, 'Certificates the engine trusts for every provider besides the system\'s.'),
    importedArea);

  function presentedTable(rows) {
    return table(`Certificates presented by ${provider.name}`, 'presented-certificates',
      ['#', 'Subject', 'Issuer', 'SHA-256 fingerprint', ''],
      rows.length ? rows.map((row) => h('tr', { class: 'pf-v6-c-table__tr', 'data-id': row.id },
        cell('#', row.id === '0' ? '0 (provider)' : row.id),
        cell('Subject', row.subject),
        cell('Issuer', row.selfSigned ? `${row.issuer} (self-signed)` : row.issuer),
        cell('SHA-256 fingerprint', fingerprint(row.fingerprint)),
        cell('', isImported(row, imported) ? h('span', { 'data-test': 'already-imported' }, 'Imported')
          : button('Import', () => confirmImport(row), { variant: 'secondary' }))))
        : emptyRow(5, 'The provider presented no certificate.'));
  }

  function importedTable() {
    return table('Imported certificates', 'imported-certificates', ['Subject', 'Issuer', 'SHA-256 fingerprint', ''],
      imported.length ? imported.map((row) => h('tr', { class: 'pf-v6-c-table__tr', 'data-id': row.id },
        cell('Subject', row.subject),
        cell('Issuer', row.issuer),
        cell('SHA-256 fingerprint', fingerprint(row.fingerprint)),
        cell('', button('Remove', () => confirmRemove(row), { variant: 'secondary' }))))
        : emptyRow(4, 'No certificate imported.'));
  }

  function fingerprintQuestion(text, row) {
    return [text, h('dl', { class: 'osn-certificate-facts' },
      h('dt', {}, 'Subject'), h('dd', {}, row.subject),
      h('dt', {}, 'Issuer'), h('dd', {}, row.issuer),
      h('dt', {}, 'SHA-256 fingerprint'),
      h('dd', {}, fingerprint(row.fingerprint, { 'data-test': 'confirm-fingerprint' })))];
  }

  function confirmImport(row) {
    openConfirm({
      title: 'Import certificate',
      question: fingerprintQuestion('Trust this certificate for every provider? Import it only when its fingerprint is '
        + 'the one the provider\'s administrator gave you.', row),
      confirmLabel: 'Import', variant: 'primary', testId: 'import-certificate-dialog',
      failureTitle: `Import the certificate of ${commonName(row.subject)}`,
      async onConfirm() {
        await client.post(`openstacknetworkproviders/${provider.id}/importcertificates`, importCertificateBody(row));
        api.showToast('success', `Certificate ${commonName(row.subject)} imported.`);
        await load();
      },
    });
  }

  function confirmRemove(row) {
    openConfirm({
      title: 'Remove certificate',
      question: fingerprintQuestion('Stop trusting this certificate? Providers that present it (or a certificate it '
        + 'issued) fail their next call until it is imported again.', row),
      confirmLabel: 'Remove', testId: 'remove-certificate-dialog',
      failureTitle: `Remove the certificate of ${commonName(row.subject)}`,
      async onConfirm() {
        await client.remove(
          `openstacknetworkproviders/${provider.id}/importedcertificates/${encodeURIComponent(row.id)}`);
        api.showToast('success', `Certificate ${commonName(row.subject)} removed.`);
        await load();
      },
    });
  }

  async function load() {
    replace(messages);
    replace(presentedArea, spinner('md', 'Loading certificates'), ` Asking ${provider.url} for its certificates…`);
    replace(importedArea, spinner('md', 'Loading imported certificates'));
    refreshButton.disabled = true;
    // both asked at once; either may fail on its own
    const [presented, trusted] = await Promise.allSettled([
      client.get(`openstacknetworkproviders/${provider.id}/certificates`),
      client.get(`openstacknetworkproviders/${provider.id}/importedcertificates`),
    ]);
    imported = trusted.status === 'fulfilled' ? certificateRows(trusted.value) : [];
    replace(importedArea, trusted.status === 'fulfilled' ? importedTable()
      : faultAlert(describeFault('List the imported certificates', trusted.reason)));
    replace(presentedArea, presented.status === 'fulfilled' ? presentedTable(certificateRows(presented.value))
      : faultAlert(describeFault(`Get the certificates of ${provider.name}`, presented.reason)));
    refreshButton.disabled = false;
  }

  load();
}
