// The add/edit provider form as data: what the admin typed → the REST body of an openstack_network_provider.

import { isTrue } from '../../utils/fetch.js';

export const PROVIDER_TYPES = [['neutron', 'Neutron (OpenStack Networking)'], ['external', 'External (ovirt-provider-ovn)']];

/** Keystone v3 when the authentication URL ends in /v3, as the engine decides it. */
export function isKeystoneV3(authenticationUrl) {
  return /\/v3\/?$/.test((authenticationUrl || '').trim());
}

/** The form's starting values for a new provider, or for editing `provider` (the password is never shown). */
export function formValues(provider) {
  const p = provider || {};
  return {
    name: p.name || '',
    description: p.description || '',
    type: p.type || 'neutron',
    url: p.url || '',
    requiresAuthentication: isTrue(p.requires_authentication),
    username: p.username || '',
    password: '',
    authenticationUrl: p.authentication_url || '',
    tenantName: p.tenant_name || '',
    userDomainName: p.user_domain_name || 'Default',
    projectName: p.project_name || '',
    projectDomainName: p.project_domain_name || 'Default',
    readOnly: isTrue(p.read_only),
    autoSync: isTrue(p.auto_sync),
  };
}

/** Problems the engine would refuse anyway, said before a call. */
export function validate(values) {
  const problems = [];
  if (!values.name.trim()) {
    problems.push('Name is required.');
  }
  if (!/^https?:\/\/\S+$/.test(values.url.trim())) {
    problems.push('URL must start with http:// or https://.');
  }
  if (values.requiresAuthentication) {
    if (!values.username.trim()) {
      problems.push('Username is required when authentication is on.');
    }
    if (!/^https?:\/\/\S+$/.test(values.authenticationUrl.trim())) {
      problems.push('Authentication URL must start with http:// or https://.');
    }
  }
  return problems;
}

/**
 * The REST body. Keystone fields go only with authentication on, v3 fields only for a v3 URL, and an empty
 * password is left out so that an edit keeps the stored one.
 */
export function providerBody(values) {
  const body = {
    name: values.name.trim(),
    description: values.description.trim(),
    type: values.type,
    url: values.url.trim(),
    requires_authentication: values.requiresAuthentication,
    read_only: values.readOnly,
    auto_sync: values.autoSync,
  };
  if (values.requiresAuthentication) {
    body.username = values.username.trim();
    body.authentication_url = values.authenticationUrl.trim();
    if (values.password) {
      body.password = values.password;
    }
    if (isKeystoneV3(values.authenticationUrl)) {
      body.user_domain_name = values.userDomainName.trim();
      body.project_name = values.projectName.trim();
      body.project_domain_name = values.projectDomainName.trim();
    } else {
      body.tenant_name = values.tenantName.trim();
    }
  }
  return body;
}

/**
 * The body that puts a stored provider back as it was before the dialog changed it: its own fields, no password
 * (the engine keeps the stored one; a new one a Test already sent cannot be taken back).
 */
export function restoreBody(provider) {
  return providerBody(formValues(provider));
}

/** What the add and the edit dialog say. */
export function formTexts(provider) {
  return provider
    ? { title: 'Edit provider', saved: (name) => `Provider ${name} saved.`, failure: (name) => `Save provider ${name}`,
      passwordHelper: 'Leave empty to keep the stored password.' }
    : { title: 'Add provider', saved: (name) => `Provider ${name} added.`, failure: (name) => `Add provider ${name}`,
      passwordHelper: undefined };
}
