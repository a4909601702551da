// Certificates as the Certificates tab lists them: the engine's <certificate> in JSON → rows of a table.

import { listOf } from '../../utils/fetch.js';

/** "AB:CD:…" in groups the eye can compare, whatever separators the engine used. */
export function formatFingerprint(fingerprint) {
  const hex = (fingerprint || '').replace(/[^0-9a-fA-F]/g, '').toUpperCase();
  return hex ? hex.match(/.{1,2}/g).join(':') : '';
}

/** The common name of a distinguished name, or the whole name when it has none. */
export function commonName(dn) {
  const match = /(?:^|,)\s*CN=((?:\\,|[^,])+)/i.exec(dn || '');
  return match ? match[1].replace(/\\,/g, ',').trim() : (dn || '');
}

/**
 * @param {object} answer the engine's certificates list
 * @returns {{id: string, subject: string, issuer: string, fingerprint: string, content: string, selfSigned: boolean}[]}
 */
export function certificateRows(answer) {
  return listOf(answer, 'certificate').map((c) => ({
    id: String(c.id ?? ''),
    subject: c.subject || '',
    issuer: c.issuer || '',
    fingerprint: formatFingerprint(c.sha256_fingerprint),
    content: c.content || '',
    selfSigned: Boolean(c.subject) && c.subject === c.issuer,
  }));
}

/** The importcertificates action body for one certificate, as the engine takes it in JSON. */
export function importCertificateBody(row) {
  return { certificates: { certificate: [{ content: row.content }] } };
}

/** Whether a presented certificate is among the imported ones (same fingerprint). */
export function isImported(row, importedRows) {
  return importedRows.some((imported) => imported.fingerprint === row.fingerprint);
}
