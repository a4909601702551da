// A PatternFly modal in the place's own document: focus moves into it, Tab stays inside, Esc and the close
// button close it, and focus returns to what opened it.

import { h, uid } from './dom.js';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), '
  + '[href], [tabindex]:not([tabindex="-1"])';

/**
 * @param {{title: string, body: Node, footer: Node[], onClose?: () => void, testId?: string, size?: string}} options
 * @returns {{element: HTMLElement, close: () => void}}
 */
export function openModal({ title, body, footer, onClose, testId, size = 'md' }) {
  const opener = document.activeElement;
  const titleId = uid('modal-title');
  const closeButton = h('button', { class: 'pf-v6-c-button pf-m-plain', type: 'button', 'aria-label': 'Close',
    onclick: () => close() }, '×');
  const box = h('div', { class: `pf-v6-c-modal-box pf-m-${size}`, role: 'dialog', 'aria-modal': 'true',
    'aria-labelledby': titleId, 'data-test': testId },
  h('div', { class: 'pf-v6-c-modal-box__close' }, closeButton),
  h('header', { class: 'pf-v6-c-modal-box__header' },
    h('div', { class: 'pf-v6-c-modal-box__header-main' },
      h('h1', { class: 'pf-v6-c-modal-box__title', id: titleId }, title))),
  // focusable: a body that scrolls (a long list) must be reachable by keyboard
  h('div', { class: 'pf-v6-c-modal-box__body', tabindex: '0' }, body),
  h('footer', { class: 'pf-v6-c-modal-box__footer' }, footer));
  const backdrop = h('div', { class: 'pf-v6-c-backdrop' }, h('div', { class: 'pf-v6-l-bullseye' }, box));

  let closed = false;
  function close() {
    if (closed) {
      return;
    }
    closed = true;
    document.removeEventListener('keydown', onKey, true);
    backdrop.remove();
    if (opener && typeof opener.focus === 'function' && opener.isConnected) {
      opener.focus();
    }
    if (onClose) {
      onClose();
    }
  }

  function onKey(event) {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      const focusable = [...box.querySelectorAll(FOCUSABLE)].filter((e) => e.offsetParent !== null);
      if (focusable.length === 0) {
        return;
      }
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      } else if (!box.contains(document.activeElement)) {
        event.preventDefault();
        first.focus();
      }
    }
  }

  document.addEventListener('keydown', onKey, true);
  document.body.append(backdrop);
  const firstField = box.querySelector('.pf-v6-c-modal-box__body input, .pf-v6-c-modal-box__body select');
  (firstField || closeButton).focus();
  return { element: box, close };
}
