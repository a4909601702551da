import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importChainBody, isTlsFailure } from '../plugin/src/modals/provider-form/tls-approval.js';
import { EngineError } from '../plugin/src/utils/fetch.js';

test('should take only the engine\'s TLS fault for a certificate problem', () => {
  assert.ok(isTlsFailure(new EngineError({ method: 'POST', path: 'x', status: 400, reason: 'Operation Failed',
    detail: 'TLS connection to provider tls failed: PKIX path building failed' })));
  assert.ok(!isTlsFailure(new EngineError({ method: 'POST', path: 'x', status: 400, reason: 'Operation Failed',
    detail: 'Cannot connect to provider x: Connection refused' })));
  assert.ok(!isTlsFailure(undefined));
  assert.deepEqual(importChainBody([{ content: 'A' }, { content: 'B' }]),
    { certificates: { certificate: [{ content: 'A' }, { content: 'B' }] } });
});
