// The fields of a new subnet, shared by the Subnets dialog and the export dialog: name, IP version, CIDR, gateway,
// DNS servers, and for IPv6 the address and router advertisement modes.

import { h } from '../../ui/dom.js';
import { formGroup, select, textInput } from '../../ui/components.js';
import { IPV6_MODES } from './subnet-model.js';

export function subnetFields() {
  const v6Fields = h('div', { class: 'osn-form-row' },
    formGroup('IPv6 address mode', select('ipv6AddressMode', IPV6_MODES, '')),
    formGroup('IPv6 router advertisement mode', select('ipv6RaMode', IPV6_MODES, '')));
  const element = h('div', { class: 'osn-subnet-fields' },
    h('div', { class: 'osn-form-row' },
      formGroup('Subnet name', textInput('subnetName')),
      formGroup('IP version', select('ipVersion', [['v4', 'IPv4'], ['v6', 'IPv6']], 'v4'))),
    h('div', { class: 'osn-form-row' },
      formGroup('CIDR', textInput('cidr', { required: true, placeholder: '10.0.0.0/24' }), { required: true }),
      formGroup('Gateway', textInput('gateway', { placeholder: 'provider default' }))),
    formGroup('DNS servers', textInput('dnsServers', { placeholder: '8.8.8.8, 8.8.4.4' }),
      { helper: 'Separated by commas or spaces.' }),
    v6Fields);
  const field = (name) => element.querySelector(`[name="${name}"]`);

  function showVersion() {
    const v6 = field('ipVersion').value === 'v6';
    v6Fields.hidden = !v6;
    field('cidr').placeholder = v6 ? 'fd00:1::/64' : '10.0.0.0/24';
    if (!v6) {
      field('ipv6AddressMode').value = '';
      field('ipv6RaMode').value = '';
    }
  }
  field('ipVersion').addEventListener('change', showVersion);
  showVersion();

  return {
    element,
    values: () => ({ name: field('subnetName').value, ipVersion: field('ipVersion').value, cidr: field('cidr').value,
      gateway: field('gateway').value, dnsServers: field('dnsServers').value,
      ipv6AddressMode: field('ipv6AddressMode').value, ipv6RaMode: field('ipv6RaMode').value }),
    reset() {
      element.querySelectorAll('input').forEach((input) => { input.value = ''; });
      field('ipVersion').value = 'v4';
      showVersion();
    },
    setDisabled(disabled) {
      element.querySelectorAll('input, select').forEach((input) => { input.disabled = disabled; });
    },
  };
}
