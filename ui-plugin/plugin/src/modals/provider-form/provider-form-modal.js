// Add and edit provider dialog. "Test" checks the settings on the engine before the admin saves: the engine can
// only test a stored provider, so the first Test of a new one stores it, later Tests and OK update it, and Cancel
// removes it again — leaving nothing behind unless the admin pressed OK. Editing, Test stores the changes and
// Cancel puts the provider's previous settings back (all but a new password, which the engine cannot return).

import { h, replace } from '../../ui/dom.js';
import { alert, busy, button, checkbox, faultAlert, formGroup, select, textInput } from '../../ui/components.js';
import { openModal } from '../../ui/modal.js';
import { describeFault } from '../../utils/fault.js';
import { isTlsFailure, offerChain } from './tls-approval.js';
import { formTexts, formValues, isKeystoneV3, PROVIDER_TYPES, providerBody, restoreBody, validate }
  from './provider-model.js';

function read(form) {
  const value = (name) => form.elements[name].value;
  const checked = (name) => form.elements[name].checked;
  return {
    name: value('name'), description: value('description'), type: value('type'), url: value('url'),
    requiresAuthentication: checked('requiresAuthentication'), username: value('username'),
    password: value('password'), authenticationUrl: value('authenticationUrl'), tenantName: value('tenantName'),
    userDomainName: value('userDomainName'), projectName: value('projectName'),
    projectDomainName: value('projectDomainName'), readOnly: checked('readOnly'), autoSync: checked('autoSync'),
  };
}

/** @param {{provider?: object, onSaved: () => void}} options `provider` (as the engine has it) to edit it */
export function openProviderForm({ client, api }, { provider = null, onSaved }) {
  const start = formValues(provider);
  const texts = formTexts(provider);
  let storedId = provider ? provider.id : null; // a new one: set once Test has stored it
  let changedByTest = false;
  let passwordSentByTest = false;
  let saved = false;
  const messages = h('div', { class: 'osn-messages', 'aria-live': 'polite' });
  const tlsArea = h('div', { 'aria-live': 'polite' });

  const v2Fields = h('div', { class: 'osn-keystone-v2' },
    formGroup('Tenant name', textInput('tenantName', { value: start.tenantName })));
  const v3Fields = h('div', { class: 'osn-keystone-v3' },
    formGroup('User domain', textInput('userDomainName', { value: start.userDomainName })),
    formGroup('Project name', textInput('projectName', { value: start.projectName })),
    formGroup('Project domain', textInput('projectDomainName', { value: start.projectDomainName })));
  const authFields = h('fieldset', { class: 'osn-keystone', 'data-test': 'keystone-fields' },
    h('legend', { class: 'pf-v6-c-form__label' }, 'Keystone'),
    formGroup('Username', textInput('username', { value: start.username }), { required: true }),
    formGroup('Password', textInput('password', { type: 'password' }), { helper: texts.passwordHelper }),
    formGroup('Authentication URL', textInput('authenticationUrl', { value: start.authenticationUrl,
      placeholder: 'http://keystone:5000/v3' }), { required: true,
      helper: 'Ending in /v3: Keystone v3 (domains, project); otherwise v2.0 (tenant).' }),
    v2Fields, v3Fields);

  const form = h('form', { class: 'pf-v6-c-form pf-m-horizontal', novalidate: true,
    onsubmit: (event) => { event.preventDefault(); save(); } },
  formGroup('Name', textInput('name', { value: start.name, required: true }), { required: true }),
  formGroup('Description', textInput('description', { value: start.description })),
  formGroup('Type', select('type', PROVIDER_TYPES, start.type)),
  formGroup('Provider URL', textInput('url', { value: start.url, required: true, placeholder: 'http://neutron:9696' }),
    { required: true }),
  h('div', { class: 'pf-v6-c-form__group' },
    h('div', { class: 'pf-v6-c-form__group-control' },
      checkbox('requiresAuthentication', 'Requires authentication', start.requiresAuthentication),
      checkbox('readOnly', 'Read-only', start.readOnly),
      checkbox('autoSync', 'Automatic synchronization', start.autoSync))),
  authFields,
  messages,
  tlsArea);

  function showAuth() {
    const values = read(form);
    authFields.hidden = !values.requiresAuthentication;
    const v3 = isKeystoneV3(values.authenticationUrl);
    v3Fields.hidden = !v3;
    v2Fields.hidden = v3;
  }
  form.addEventListener('input', showAuth);
  form.addEventListener('change', showAuth);

  function checked() {
    const values = read(form);
    const problems = validate(values);
    if (problems.length) {
      replace(messages, alert('danger', 'Please correct the form', h('ul', {}, problems.map((p) => h('li', {}, p))),
        { testId: 'form-problems' }));
      reveal(messages);
      return null;
    }
    return providerBody(values);
  }

  async function store(body) {
    if (storedId) {
      await client.put(`openstacknetworkproviders/${storedId}`, body);
    } else {
      storedId = (await client.post('openstacknetworkproviders', body)).id;
    }
  }

  const testButton = button('Test', () => {
    const body = checked();
    if (!body) {
      return undefined;
    }
    return withButtonsDisabled(testButton, () => storeAndTest(body));
  }, { id: 'osn-provider-form-test' });

  // the outcome shows under a long form: scrolled into the dialog body's view, or a Test would seem to do nothing
  function reveal(element) {
    if (typeof element.scrollIntoView === 'function') {
      element.scrollIntoView({ block: 'nearest' });
    }
  }

  async function storeAndTest(body) {
    replace(tlsArea);
    try {
      await store(body);
      changedByTest = true;
      passwordSentByTest = passwordSentByTest || 'password' in body;
      await client.post(`openstacknetworkproviders/${storedId}/testconnectivity`, {});
      replace(messages, alert('success', `Connection to ${body.name} succeeded.`, null, { testId: 'test-ok' }));
      reveal(messages);
    } catch (error) {
      replace(messages, faultAlert(describeFault(`Test provider ${body.name}`, error)));
      reveal(messages);
      if (storedId && isTlsFailure(error)) {
        // stored by now, so the engine can ask the provider for its chain
        await offerChain({ client, providerId: storedId, providerName: body.name, area: tlsArea,
          reveal: () => reveal(tlsArea),
          retest: () => {
            const again = checked();
            return again ? withButtonsDisabled(testButton, () => storeAndTest(again)) : undefined;
          } });
      }
    }
  }

  const okButton = button('OK', () => save(), { variant: 'primary', id: 'osn-provider-form-ok' });
  const cancelButton = button('Cancel', () => modal.close(), { variant: 'link' });

  function withButtonsDisabled(active, work) {
    const others = [okButton, testButton, cancelButton].filter((b) => b !== active);
    others.forEach((b) => { b.disabled = true; });
    return busy(active, work).finally(() => others.forEach((b) => { b.disabled = false; }));
  }

  function save() {
    const body = checked();
    if (!body) {
      return undefined;
    }
    return withButtonsDisabled(okButton, async () => {
      try {
        await store(body);
        saved = true;
        api.showToast('success', texts.saved(body.name));
        modal.close();
        onSaved();
      } catch (error) {
        replace(messages, faultAlert(describeFault(texts.failure(body.name), error)));
        reveal(messages);
      }
    });
  }

  const modal = openModal({
    title: texts.title, testId: 'provider-form', size: 'md', body: form,
    footer: [okButton, testButton, cancelButton],
    onClose() {
      if (provider && changedByTest && !saved) {
        client.put(`openstacknetworkproviders/${provider.id}`, restoreBody(provider)).then(() => {
          if (passwordSentByTest) {
            api.showAlert('warning', `The previous settings of ${provider.name} are back, but the password a Test `
              + 'sent stays: edit it again to change it.');
          }
        }, (error) => {
          api.showAlert('danger', `The previous settings of ${provider.name} could not be put back: ${error.message}`);
        }).finally(onSaved);
      } else if (storedId && !provider && !saved) {
        // the Test stored it; Cancel means it was never added
        client.remove(`openstacknetworkproviders/${storedId}`).catch((error) => {
          api.showAlert('danger', `The provider stored for testing could not be removed: ${error.message}`);
        }).finally(onSaved);
      }
    },
  });
  showAuth();
  return modal;
}
