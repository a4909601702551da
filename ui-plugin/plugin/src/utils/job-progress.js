// Follows a bulk import job of the engine (/jobs/{id} and its steps) until it ends, reporting its progress after
// every poll. A step is one network; the job is done when it is no longer "started".

import { listOf } from './fetch.js';

const ENDED_STEP = new Set(['finished', 'failed', 'aborted']);

/** Progress of a job of `total` networks from its steps as the engine lists them. */
export function progressOf(job, steps, total) {
  const done = steps.filter((s) => ENDED_STEP.has(s.status)).length;
  const running = job.status === 'started';
  const count = Math.max(total, steps.length, 1);
  // a job that ended is 100 % even when some steps never ran (aborted), so the bar never hangs short
  const percent = running ? Math.min(99, Math.floor((done * 100) / count)) : 100;
  return {
    status: job.status,
    running,
    percent,
    done,
    total: count,
    results: steps
      .slice()
      .sort((a, b) => Number(a.number) - Number(b.number))
      .map((s) => ({
        providerNetworkId: s.openstack_network && s.openstack_network.id,
        networkId: s.network && s.network.id,
        status: s.status,
        description: s.description,
        reason: s.fault ? s.fault.reason : undefined,
        detail: s.fault ? s.fault.detail : undefined,
      })),
  };
}

const defaultSleep = (ms, signal) => new Promise((resolve, reject) => {
  if (signal && signal.aborted) {
    reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    return;
  }
  const timer = setTimeout(resolve, ms);
  if (signal) {
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    }, { once: true });
  }
});

/**
 * Polls the job until it ends.
 *
 * @param {object} options
 * @param {{get: Function}} options.client an EngineClient
 * @param {string} options.jobId
 * @param {number} options.total how many networks the job was given
 * @param {(progress: object) => void} options.onProgress called after every poll, the last time with 100 %
 * @param {number} [options.intervalMs] between polls
 * @param {number} [options.maxConsecutiveFailures] polls failing in a row before giving up (the engine restarting)
 * @param {AbortSignal} [options.signal] stops polling (the dialog was closed)
 * @returns {Promise<object>} the last progress
 */
export async function followJob({
  client, jobId, total, onProgress, intervalMs = 500, maxConsecutiveFailures = 3, signal, sleep = defaultSleep,
}) {
  let failures = 0;
  for (;;) {
    try {
      const job = await client.get(`jobs/${jobId}`, { signal });
      const steps = listOf(await client.get(`jobs/${jobId}/steps`, { signal }), 'step');
      failures = 0;
      const progress = progressOf(job, steps, total);
      onProgress(progress);
      if (!progress.running) {
        return progress;
      }
    } catch (error) {
      if ((error && error.name === 'AbortError') || error.sessionExpired || error.status === 404) {
        throw error;
      }
      failures += 1;
      if (failures >= maxConsecutiveFailures) {
        throw error;
      }
    }
    await sleep(intervalMs, signal);
  }
}
