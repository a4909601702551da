// Finds a provider's bulk import that is still running, so its progress shows again after the import dialog was
// closed or the page reloaded. The engine's job names the provider only in its description ("Importing 3
// networks of provider X into data center Y"), which is what this matches; steps name the networks.

import { listOf } from './fetch.js';

const DESCRIPTION = /^Importing (\d+) networks of provider (.+) into data center (.+)$/;

/** The description's parts, or null when the job is no bulk import. */
export function parseImportDescription(description) {
  const match = DESCRIPTION.exec(description || '');
  return match ? { total: Number(match[1]), providerName: match[2], dataCenterName: match[3] } : null;
}

/** The newest running bulk import of the provider in a /jobs answer (newest first), or null. */
export function runningImportOf(jobsAnswer, providerName) {
  for (const job of listOf(jobsAnswer, 'job')) {
    const parsed = parseImportDescription(job.description);
    if (job.status === 'started' && parsed && parsed.providerName === providerName) {
      return { jobId: job.id, ...parsed };
    }
  }
  return null;
}
