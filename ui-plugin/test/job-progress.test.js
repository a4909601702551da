import { test } from 'node:test';
import assert from 'node:assert/strict';
import { followJob, progressOf } from '../plugin/src/utils/job-progress.js';
import { EngineError } from '../plugin/src/utils/fetch.js';

// A fake engine whose job runs through the given answers, one per poll: [jobStatus, [stepStatus...]]
function engineRunning(polls) {
  let poll = -1;
  const seen = [];
  return {
    seen,
    client: {
      async get(path) {
        seen.push(path);
        if (path.endsWith('/steps')) {
          const [, steps] = polls[poll];
          return { step: steps.map((status, i) => ({ number: String(i + 1), status,
            openstack_network: { id: `ext-${i + 1}` },
            ...(status === 'failed' ? { fault: { reason: 'Conflict', detail: `name ${i + 1} taken` } } : {}),
            ...(status === 'finished' ? { network: { id: `net-${i + 1}` } } : {}) })) };
        }
        poll = Math.min(poll + 1, polls.length - 1);
        return { id: 'j1', status: polls[poll][0] };
      },
    },
  };
}

const noSleep = async () => {};

test('shouldReportRisingProgressUntilTheJobEndsAt100', async () => {
  const { client, seen } = engineRunning([
    ['started', ['started']],
    ['started', ['finished', 'started']],
    ['finished', ['finished', 'failed']],
  ]);
  const reported = [];

  const last = await followJob({ client, jobId: 'j1', total: 2, onProgress: (p) => reported.push(p), sleep: noSleep });

  assert.deepEqual(reported.map((p) => p.percent), [0, 50, 100]);
  assert.equal(last.status, 'finished');
  assert.equal(last.running, false);
  assert.deepEqual(last.results.map((r) => [r.providerNetworkId, r.status, r.networkId, r.detail]), [
    ['ext-1', 'finished', 'net-1', undefined],
    ['ext-2', 'failed', undefined, 'name 2 taken'],
  ]);
  assert.equal(seen[0], 'jobs/j1');
  assert.equal(seen[1], 'jobs/j1/steps');
});

test('shouldNotShow100WhileTheJobIsStillStartedEvenWhenAllStepsEnded', () => {
  assert.equal(progressOf({ status: 'started' }, [{ status: 'finished' }, { status: 'finished' }], 2).percent, 99);
});

test('shouldShow100WhenTheJobWasAbortedBeforeItsStepsRan', () => {
  assert.equal(progressOf({ status: 'aborted' }, [{ status: 'finished' }], 3).percent, 100);
});

test('shouldSortTheResultsByStepNumber', () => {
  const results = progressOf({ status: 'finished' }, [{ number: '2', status: 'failed' },
    { number: '1', status: 'finished' }], 2).results;

  assert.deepEqual(results.map((r) => r.status), ['finished', 'failed']);
});

test('shouldKeepPollingThroughATransientFailureAndGiveUpAfterThreeInARow', async () => {
  let calls = 0;
  const flaky = { async get() { calls += 1; throw new EngineError({ status: 503, reason: 'Unavailable' }); } };

  await assert.rejects(followJob({ client: flaky, jobId: 'j', total: 1, onProgress: () => {}, sleep: noSleep }),
    (error) => error.status === 503);
  assert.equal(calls, 3);
});

test('shouldStopAtOnceWhenTheSessionExpired', async () => {
  let calls = 0;
  const expired = { async get() { calls += 1; throw new EngineError({ status: 401 }); } };

  await assert.rejects(followJob({ client: expired, jobId: 'j', total: 1, onProgress: () => {}, sleep: noSleep }),
    (error) => error.sessionExpired);
  assert.equal(calls, 1);
});

test('shouldStopWhenAborted', async () => {
  const { client } = engineRunning([['started', ['started']]]);
  const controller = new AbortController();
  const polls = [];

  const following = followJob({ client, jobId: 'j1', total: 1, signal: controller.signal, intervalMs: 10_000,
    onProgress: (p) => { polls.push(p); controller.abort(); } });

  await assert.rejects(following, (error) => error.name === 'AbortError');
  assert.equal(polls.length, 1);
});
