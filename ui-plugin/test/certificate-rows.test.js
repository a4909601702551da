import { test } from 'node:test';
import assert from 'node:assert/strict';
import { certificateRows, commonName, formatFingerprint, importCertificateBody, isImported }
  from '../plugin/src/places/providers/certificate-rows.js';

const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

test('shouldGroupTheFingerprintInPairsWhateverTheEngineSeparatesThemWith', () => {
  assert.equal(formatFingerprint('ab:cd:0f'), 'AB:CD:0F');
  assert.equal(formatFingerprint('abcd0f'), 'AB:CD:0F');
  assert.equal(formatFingerprint(undefined), '');
});

test('shouldTellASelfSignedCertificateFromItsIssuer', () => {
  const rows = certificateRows({ certificate: [
    { id: '0', subject: 'CN=neutron', issuer: 'CN=ca', sha256_fingerprint: 'aa:bb', content: pem },
    { id: '1', subject: 'CN=ca', issuer: 'CN=ca', sha256_fingerprint: 'cc:dd', content: pem },
  ] });

  assert.deepEqual(rows.map((r) => [r.id, r.selfSigned, r.fingerprint]), [['0', false, 'AA:BB'], ['1', true, 'CC:DD']]);
});

test('shouldReadOneCertificateAndNoneAsLists', () => {
  assert.equal(certificateRows({ certificate: { id: 'osn-sha256-aa', subject: 'CN=x' } })[0].id, 'osn-sha256-aa');
  assert.deepEqual(certificateRows({ certificate: [] }), []);
  assert.deepEqual(certificateRows({}), []);
});

test('shouldSendTheCertificateContentAsTheImportActionTakesIt', () => {
  assert.deepEqual(importCertificateBody({ content: pem }), { certificates: { certificate: [{ content: pem }] } });
});

test('shouldKnowAPresentedCertificateIsImportedByItsFingerprint', () => {
  const imported = certificateRows({ certificate: [{ id: 'osn-sha256-aabb', sha256_fingerprint: 'AA:BB' }] });

  assert.equal(isImported({ fingerprint: 'AA:BB' }, imported), true);
  assert.equal(isImported({ fingerprint: 'AA:BC' }, imported), false);
});

test('shouldNameACertificateByItsCommonName', () => {
  assert.equal(commonName('CN=neutron.example, O=Example, C=US'), 'neutron.example');
  assert.equal(commonName('O=Example\\, Inc., CN=a\\,b'), 'a,b');
  assert.equal(commonName('O=Example'), 'O=Example');
});
