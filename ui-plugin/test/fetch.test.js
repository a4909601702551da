import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEngineClient, EngineError, listOf } from '../plugin/src/utils/fetch.js';

const api = { engineBaseUrl: () => 'https://engine.example/ovirt-engine/', ssoToken: () => 'tok-1' };

function answering(status, body, calls = []) {
  const fetchImpl = async (url, init) => {
    calls.push({ url, init });
    const text = body === undefined ? '' : (typeof body === 'string' ? body : JSON.stringify(body));
    return { ok: status >= 200 && status < 300, status, text: async () => text };
  };
  return { client: createEngineClient(api, fetchImpl), calls };
}

test('shouldSendJsonWithTheSsoTokenToTheEngineApiWhenPosting', async () => {
  const { client, calls } = answering(201, { id: 'p1', name: 'n' });

  const answer = await client.post('/openstacknetworkproviders', { name: 'n' });

  assert.deepEqual(answer, { id: 'p1', name: 'n' });
  assert.equal(calls[0].url, 'https://engine.example/ovirt-engine/api/openstacknetworkproviders');
  assert.equal(calls[0].init.method, 'POST');
  assert.equal(calls[0].init.headers.Authorization, 'Bearer tok-1');
  assert.equal(calls[0].init.headers.Accept, 'application/json');
  assert.equal(calls[0].init.headers['Content-Type'], 'application/json');
  assert.equal(calls[0].init.credentials, 'omit', 'no browser login prompt on a 401');
  assert.equal(calls[0].init.body, '{"name":"n"}');
});

test('shouldSendNoBodyNorContentTypeWhenGetting', async () => {
  const { client, calls } = answering(200, {});

  await client.get('jobs/1');

  assert.equal(calls[0].init.body, undefined);
  assert.equal(calls[0].init.headers['Content-Type'], undefined);
});

test('shouldJoinTheBaseUrlWithoutTrailingSlash', async () => {
  const calls = [];
  const client = createEngineClient({ engineBaseUrl: () => 'http://h/ovirt-engine', ssoToken: () => 't' },
    async (url) => { calls.push(url); return { ok: true, status: 200, text: async () => '' }; });

  assert.deepEqual(await client.remove('openstacknetworkproviders/7'), {});
  assert.deepEqual(calls, ['http://h/ovirt-engine/api/openstacknetworkproviders/7']);
});

test('shouldThrowTheFaultsReasonAndDetailWhenTheEngineAnswersAFault', async () => {
  const { client } = answering(409, { reason: 'Operation Failed', detail: 'name n is taken' });

  await assert.rejects(client.post('openstacknetworkproviders', {}), (error) => {
    assert.ok(error instanceof EngineError);
    assert.equal(error.status, 409);
    assert.equal(error.reason, 'Operation Failed');
    assert.equal(error.detail, 'name n is taken');
    assert.equal(error.sessionExpired, false);
    return true;
  });
});

test('shouldReadTheFaultInsideAFailedActionWhenAnActionFails', async () => {
  const { client } = answering(400, { status: 'failed', fault: { reason: 'Connection refused', detail: 'd' } });

  await assert.rejects(client.post('openstacknetworkproviders/1/testconnectivity'),
    (error) => error.reason === 'Connection refused' && error.detail === 'd');
});

test('shouldSaySessionExpiredWhenTheEngineAnswers401', async () => {
  const { client } = answering(401, '');

  await assert.rejects(client.get('openstacknetworkproviders'), (error) => error.sessionExpired === true);
});

test('shouldKeepANonJsonErrorBodyAsTheDetailWhenAProxyAnswersHtml', async () => {
  const { client } = answering(502, '<html>Bad gateway</html>');

  await assert.rejects(client.get('x'), (error) => error.status === 502 && error.detail === '<html>Bad gateway</html>');
});

test('shouldThrowUnreachableWhenFetchItselfFails', async () => {
  const client = createEngineClient(api, async () => { throw new TypeError('Failed to fetch'); });

  await assert.rejects(client.get('x'), (error) => error.unreachable && error.detail === 'Failed to fetch');
});

test('shouldLetAnAbortThroughWhenTheCallerAborts', async () => {
  const client = createEngineClient(api, async () => { throw new DOMException('Aborted', 'AbortError'); });

  await assert.rejects(client.get('x'), (error) => error.name === 'AbortError');
});

test('shouldReadAnOvirtListWhenItIsAnArrayASingleObjectOrMissing', () => {
  assert.deepEqual(listOf({ step: [{ id: 1 }] }, 'step'), [{ id: 1 }]);
  assert.deepEqual(listOf({ step: { id: 1 } }, 'step'), [{ id: 1 }]);
  assert.deepEqual(listOf({}, 'step'), []);
  assert.deepEqual(listOf(null, 'step'), []);
});
