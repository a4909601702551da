import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeFault, faultLine } from '../plugin/src/utils/fault.js';
import { EngineError } from '../plugin/src/utils/fetch.js';

test('shouldShowTheReasonAndDetailAsTheEngineSentThemWhenACallFails', () => {
  const error = new EngineError({ method: 'POST', path: 'p', status: 400, reason: 'Connection refused',
    detail: 'Provider neutron at http://127.0.0.1:1 refused the connection' });

  const fault = describeFault('Test provider neutron', error);

  assert.equal(fault.title, 'Test provider neutron failed');
  assert.equal(fault.reason, 'Connection refused');
  assert.equal(fault.detail, 'Provider neutron at http://127.0.0.1:1 refused the connection');
  assert.equal(faultLine(fault), 'Connection refused: Provider neutron at http://127.0.0.1:1 refused the connection');
});

test('shouldSayTheSessionExpiredWhenTheEngineAnswers401', () => {
  const fault = describeFault('Load providers', new EngineError({ method: 'GET', path: 'p', status: 401,
    reason: 'Unauthorized' }));

  assert.equal(fault.sessionExpired, true);
  assert.match(fault.title, /session has expired/);
  assert.match(fault.detail, /Log in again/);
});

test('shouldDropOvirtsBracketsAndADetailThatRepeatsTheReason', () => {
  assert.equal(describeFault('A', new EngineError({ status: 409, reason: 'Conflict', detail: '[name taken]' })).detail,
    'name taken');
  assert.equal(describeFault('A', new EngineError({ status: 409, reason: 'Conflict', detail: 'Conflict' })).detail, '');
});

test('shouldNameTheHttpStatusWhenTheFaultHasNoReason', () => {
  assert.equal(describeFault('A', new EngineError({ status: 503 })).reason, 'HTTP 503');
});

test('shouldShowTheMessageOfAnErrorThatIsNoEngineError', () => {
  const fault = describeFault('Render', new TypeError('x is undefined'));

  assert.equal(fault.reason, 'x is undefined');
  assert.equal(fault.sessionExpired, false);
});
