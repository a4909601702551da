import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPluginManager, State } from '../webadmin/src/plugin-lifecycle.js';

function manager(calls = []) {
  const frames = [];
  const quiet = { error: () => {} };
  const m = createPluginManager({
    log: quiet,
    loadHostPage(plugin) {
      const frame = { plugin: plugin.name, removed: false, remove() { this.removed = true; } };
      frames.push(frame);
      return frame;
    },
    functionsFor: (name) => ({
      calls: { addPrimaryMenuPlace: (...args) => calls.push([name, 'addPrimaryMenuPlace', ...args]) },
      accessors: { ssoToken: () => 'token' },
    }),
  });
  return { m, frames, calls };
}

test('shouldCallUiInitOnceTheUiIsReadyAndThePluginCalledReady', () => {
  const { m, frames, calls } = manager();
  m.define({ name: 'osn', url: 'plugin/osn/plugin.html', config: { a: 1 } });
  m.loadAll();
  assert.equal(m.plugin('osn').state, State.LOADING);
  assert.equal(frames.length, 1);

  const api = m.pluginApi('osn');
  assert.equal(api.addPrimaryMenuPlace('too early'), undefined);
  assert.equal(api.ssoToken(), 'token', 'accessors work while loading');
  api.register({ UiInit: () => api.addPrimaryMenuPlace('External Networks', 'osn-providers', 'x.html') });
  api.ready();
  assert.equal(m.plugin('osn').state, State.READY);
  m.uiReady();

  assert.equal(m.plugin('osn').state, State.IN_USE);
  assert.deepEqual(calls, [['osn', 'addPrimaryMenuPlace', 'External Networks', 'osn-providers', 'x.html']]);
  assert.deepEqual(api.configObject(), { a: 1 });
});

test('shouldPutAPluginOutOfServiceAndRemoveItsFrameWhenAHandlerThrows', () => {
  const { m, frames } = manager();
  m.define({ name: 'bad', url: 'b.html' });
  m.loadAll();
  const api = m.pluginApi('bad');
  api.register({ UiInit: () => { throw new Error('boom'); } });
  api.ready();
  m.uiReady();

  assert.equal(m.plugin('bad').state, State.FAILED);
  assert.equal(frames[0].removed, true);
  assert.equal(api.ssoToken(), undefined);
});

test('shouldFailAPluginThatCallsReadyBeforeRegister', () => {
  const { m } = manager();
  m.define({ name: 'p', url: 'p.html' });
  m.loadAll();
  m.pluginApi('p').ready();

  assert.equal(m.plugin('p').state, State.FAILED);
});

test('shouldFireEventsToPluginsInTheirConfiguredOrder', () => {
  const { m } = manager();
  const seen = [];
  m.define({ name: 'second', url: 's.html', order: 2 });
  m.define({ name: 'first', url: 'f.html', order: 1 });
  m.loadAll();
  for (const name of ['second', 'first']) {
    const api = m.pluginApi(name);
    api.register({ UiInit: () => seen.push(`${name}:init`), UserLogin: (user) => seen.push(`${name}:${user}`) });
    api.ready();
  }
  m.uiReady();
  m.fire('UserLogin', 'admin@internal');

  assert.deepEqual(seen, ['first:init', 'second:init', 'first:admin@internal', 'second:admin@internal']);
});

test('shouldIgnoreADescriptorWithoutNameOrADuplicateName', () => {
  const { m } = manager();
  m.define({ url: 'x.html' });
  m.define({ name: 'a', url: 'a.html' });
  m.define({ name: 'a', url: 'other.html' });

  assert.deepEqual(m.names(), ['a']);
  assert.equal(m.plugin('a').url, 'a.html');
});
