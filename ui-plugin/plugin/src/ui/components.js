// PatternFly markup the places and dialogs share.

import { h, uid } from './dom.js';
import { faultLine } from '../utils/fault.js';

export function button(label, onclick, { variant = 'secondary', disabled = false, id, type = 'button' } = {}) {
  return h('button', { class: `pf-v6-c-button pf-m-${variant}`, type, onclick, disabled, id }, label);
}

/** Shows a spinner in the button and disables it while `work` runs; returns what `work` returns. */
export async function busy(buttonElement, work) {
  const label = buttonElement.textContent;
  buttonElement.disabled = true;
  buttonElement.classList.add('pf-m-progress', 'pf-m-in-progress');
  buttonElement.replaceChildren(spinner('sm'), ` ${label}`);
  buttonElement.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    buttonElement.classList.remove('pf-m-progress', 'pf-m-in-progress');
    buttonElement.replaceChildren(label);
    buttonElement.removeAttribute('aria-busy');
    buttonElement.disabled = false;
  }
}

/** PatternFly's spinner; an <svg> must be made in the SVG namespace to render. */
export function spinner(size = 'md', label = 'Loading') {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('class', `pf-v6-c-spinner pf-m-${size}`);
  svg.setAttribute('role', 'progressbar');
  svg.setAttribute('viewBox', '0 0 100 100');
  svg.setAttribute('aria-label', label);
  const circle = document.createElementNS(ns, 'circle');
  circle.setAttribute('class', 'pf-v6-c-spinner__path');
  circle.setAttribute('cx', '50');
  circle.setAttribute('cy', '50');
  circle.setAttribute('r', '45');
  circle.setAttribute('fill', 'none');
  svg.append(circle);
  return svg;
}

/** An inline alert: variant success | danger | warning | info. */
export function alert(variant, title, body, { testId } = {}) {
  return h('div', { class: `pf-v6-c-alert pf-m-inline pf-m-${variant}`, role: variant === 'danger' ? 'alert' : 'status',
    'data-test': testId },
  h('p', { class: 'pf-v6-c-alert__title' },
    h('span', { class: 'pf-v6-screen-reader' }, `${variant} alert:`), title),
  body ? h('div', { class: 'pf-v6-c-alert__description' }, body) : null);
}

/** The alert of a failed call, from describeFault(): reason and detail as the engine sent them. */
export function faultAlert(fault) {
  return alert('danger', fault.title, [
    fault.reason ? h('p', { 'data-test': 'fault-reason' }, fault.reason) : null,
    fault.detail ? h('p', { 'data-test': 'fault-detail' }, fault.detail) : null,
  ], { testId: 'fault' });
}

export { faultLine };

export function formGroup(label, control, { required = false, helper } = {}) {
  const id = control.id || uid('field');
  const input = control.matches('input, select, textarea') ? control : control.querySelector('input, select, textarea');
  if (input && !input.id) {
    input.id = id;
  }
  return h('div', { class: 'pf-v6-c-form__group' },
    h('div', { class: 'pf-v6-c-form__group-label' },
      h('label', { class: 'pf-v6-c-form__label', for: input ? input.id : id },
        h('span', { class: 'pf-v6-c-form__label-text' }, label),
        required ? h('span', { class: 'pf-v6-c-form__label-required', 'aria-hidden': 'true' }, ' *') : null)),
    h('div', { class: 'pf-v6-c-form__group-control' }, control,
      helper ? h('div', { class: 'pf-v6-c-form__helper-text' }, helper) : null));
}

export function textInput(name, { type = 'text', value = '', required = false, placeholder } = {}) {
  return h('span', { class: ['pf-v6-c-form-control', required && 'pf-m-required'] },
    h('input', { type, name, value, required, placeholder, autocomplete: type === 'password' ? 'new-password' : 'off' }));
}

export function select(name, options, value) {
  return h('span', { class: 'pf-v6-c-form-control' },
    h('select', { name },
      options.map(([optionValue, label]) => h('option', { value: optionValue, selected: optionValue === value },
        label))));
}

export function checkbox(name, label, checked = false) {
  const id = uid(name);
  return h('div', { class: 'pf-v6-c-check' },
    h('input', { class: 'pf-v6-c-check__input', type: 'checkbox', id, name, checked }),
    h('label', { class: 'pf-v6-c-check__label', for: id }, label));
}

export function progressBar(description) {
  const id = uid('progress');
  const measure = h('span', { class: 'pf-v6-c-progress__measure' }, '0%');
  const indicator = h('div', { class: 'pf-v6-c-progress__indicator', style: { width: '0%' } });
  const bar = h('div', { class: 'pf-v6-c-progress__bar', role: 'progressbar', 'aria-valuemin': '0',
    'aria-valuemax': '100', 'aria-valuenow': '0', 'aria-labelledby': `${id}-description` }, indicator);
  const element = h('div', { class: 'pf-v6-c-progress', id, 'data-test': 'import-progress' },
    h('div', { class: 'pf-v6-c-progress__description', id: `${id}-description` }, description),
    h('div', { class: 'pf-v6-c-progress__status', 'aria-hidden': 'true' }, measure),
    bar);
  return {
    element,
    set(percent, variant) {
      measure.textContent = `${percent}%`;
      indicator.style.width = `${percent}%`;
      bar.setAttribute('aria-valuenow', String(percent));
      element.classList.toggle('pf-m-success', variant === 'success');
      element.classList.toggle('pf-m-danger', variant === 'danger');
    },
  };
}

export function descriptionList(pairs) {
  return h('dl', { class: 'pf-v6-c-description-list pf-m-horizontal' },
    pairs.map(([term, value]) => h('div', { class: 'pf-v6-c-description-list__group' },
      h('dt', { class: 'pf-v6-c-description-list__term' }, h('span', { class: 'pf-v6-c-description-list__text' }, term)),
      h('dd', { class: 'pf-v6-c-description-list__description' },
        h('div', { class: 'pf-v6-c-description-list__text' }, value)))));
}

export function yesNo(value) {
  return value ? 'Yes' : 'No';
}
