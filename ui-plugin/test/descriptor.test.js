import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseDescriptor } from '../scripts/descriptor.mjs';

test('shouldReadThePluginsOwnDescriptorWithItsComments', () => {
  const descriptor = parseDescriptor(readFileSync(new URL('../plugin/osn.json', import.meta.url), 'utf8'), 'osn.json');

  assert.equal(descriptor.name, 'osn');
  assert.equal(descriptor.url, 'plugin/osn/plugin.html');
  assert.equal(descriptor.resourcePath, 'osn-resources');
  assert.equal(descriptor.lazyLoad, false);
  assert.equal(descriptor.config.networksPageSize, 50);
});

test('shouldKeepCommentLikeTextInsideStrings', () => {
  const descriptor = parseDescriptor('{"name":"a","url":"http://x/y", /* c */ "config":{"p":"/* no */"}} // end', 'a');

  assert.equal(descriptor.url, 'http://x/y');
  assert.equal(descriptor.config.p, '/* no */');
  assert.equal(descriptor.lazyLoad, true);
});

test('shouldRefuseADescriptorWithoutNameOrUrl', () => {
  assert.throws(() => parseDescriptor('{"url":"u"}', 'f.json'), /"name"/);
  assert.throws(() => parseDescriptor('{"name":"n","url":""}', 'f.json'), /"url"/);
  assert.throws(() => parseDescriptor('{"name":"n","url":"u","resourcePath":""}', 'f.json'), /resourcePath/);
});
