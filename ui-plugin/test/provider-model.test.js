import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formTexts, formValues, isKeystoneV3, providerBody, restoreBody, validate }
  from '../plugin/src/modals/provider-form/provider-model.js';

const filled = (changes) => ({ ...formValues(null), name: ' neutron ', url: 'http://127.0.0.1:9696', ...changes });

test('shouldSendNoKeystoneFieldWhenAuthenticationIsOff', () => {
  const body = providerBody(filled({ username: 'left-over', password: 'secret' }));

  assert.deepEqual(body, { name: 'neutron', description: '', type: 'neutron', url: 'http://127.0.0.1:9696',
    requires_authentication: false, read_only: false, auto_sync: false });
});

test('shouldSendDomainsAndProjectWhenTheAuthenticationUrlIsV3', () => {
  const body = providerBody(filled({ requiresAuthentication: true, username: 'ovirt', password: 'p',
    authenticationUrl: 'http://127.0.0.1:5000/v3', projectName: 'service', tenantName: 'ignored' }));

  assert.equal(body.project_name, 'service');
  assert.equal(body.user_domain_name, 'Default');
  assert.equal(body.project_domain_name, 'Default');
  assert.equal(body.tenant_name, undefined);
  assert.equal(body.password, 'p');
});

test('shouldSendTheTenantWhenTheAuthenticationUrlIsV2', () => {
  const body = providerBody(filled({ requiresAuthentication: true, username: 'ovirt',
    authenticationUrl: 'http://keystone:35357/v2.0', tenantName: 'service' }));

  assert.equal(body.tenant_name, 'service');
  assert.equal(body.project_name, undefined);
});

test('shouldLeaveThePasswordOutWhenNoneWasTypedSoTheStoredOneIsKept', () => {
  const body = providerBody(filled({ requiresAuthentication: true, username: 'u', authenticationUrl: 'http://k/v3' }));

  assert.equal('password' in body, false);
});

test('shouldNameEveryMissingFieldBeforeAnyCall', () => {
  assert.deepEqual(validate(filled({ name: ' ', url: 'neutron:9696' })),
    ['Name is required.', 'URL must start with http:// or https://.']);
  assert.equal(validate(filled({ requiresAuthentication: true })).length, 2);
  assert.deepEqual(validate(filled({})), []);
});

test('shouldTellKeystoneV3ByTheUrlsEnding', () => {
  assert.equal(isKeystoneV3('http://k:5000/v3'), true);
  assert.equal(isKeystoneV3('http://k:5000/v3/'), true);
  assert.equal(isKeystoneV3('http://k:5000/v2.0'), false);
});

test('shouldReadAStoredProvidersFlagsWhenTheyComeAsStrings', () => {
  const values = formValues({ name: 'n', read_only: 'true', auto_sync: true, requires_authentication: 'false' });

  assert.equal(values.readOnly, true);
  assert.equal(values.autoSync, true);
  assert.equal(values.requiresAuthentication, false);
  assert.equal(values.password, '');
});

test('shouldPutBackAStoredProvidersSettingsWithoutItsPasswordWhenAnEditIsCancelled', () => {
  const stored = { id: 'p1', name: 'n', type: 'neutron', url: 'http://k:9696', requires_authentication: 'true',
    username: 'ovirt', authentication_url: 'http://k:5000/v3', project_name: 'service', user_domain_name: 'Default',
    project_domain_name: 'Default', read_only: 'false', auto_sync: 'true', description: 'd' };

  assert.deepEqual(restoreBody(stored), { name: 'n', description: 'd', type: 'neutron', url: 'http://k:9696',
    requires_authentication: true, read_only: false, auto_sync: true, username: 'ovirt',
    authentication_url: 'http://k:5000/v3', user_domain_name: 'Default', project_name: 'service',
    project_domain_name: 'Default' });
});

test('shouldSayEditAndKeepThePasswordWhenAStoredProviderIsGiven', () => {
  const edit = formTexts({ id: 'p1' });
  const add = formTexts(null);

  assert.equal(edit.title, 'Edit provider');
  assert.equal(edit.saved('n'), 'Provider n saved.');
  assert.match(edit.passwordHelper, /keep the stored password/);
  assert.equal(add.title, 'Add provider');
  assert.equal(add.saved('n'), 'Provider n added.');
  assert.equal(add.passwordHelper, undefined);
});
