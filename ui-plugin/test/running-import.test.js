import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseImportDescription, runningImportOf } from '../plugin/src/utils/running-import.js';

const job = (id, status, description) => ({ id, status, description });

test('should read count, provider and data center from a bulk import description', () => {
  assert.deepEqual(parseImportDescription('Importing 12 networks of provider neutron a into data center dc 1'),
    { total: 12, providerName: 'neutron a', dataCenterName: 'dc 1' });
  assert.equal(parseImportDescription('Syncing provider x'), null);
});

test('should find the newest running import of the provider and skip ended ones and other providers', () => {
  const answer = { job: [
    job('j4', 'started', 'Importing 2 networks of provider other into data center dc'),
    job('j3', 'finished', 'Importing 5 networks of provider mine into data center dc'),
    job('j2', 'started', 'Importing 7 networks of provider mine into data center dc'),
    job('j1', 'started', 'Importing 9 networks of provider mine into data center dc'),
  ] };
  assert.deepEqual(runningImportOf(answer, 'mine'),
    { jobId: 'j2', total: 7, providerName: 'mine', dataCenterName: 'dc' });
});

test('should find nothing when no import of the provider runs', () => {
  assert.equal(runningImportOf({}, 'mine'), null);
  assert.equal(runningImportOf({ job: job('j', 'started', 'Importing 1 networks of provider mine2 into data center d') },
    'mine'), null);
});
