// A yes/no dialog whose action runs inside it: the buttons wait while it runs, a fault stays shown in it.

import { h, replace } from '../ui/dom.js';
import { button, busy, faultAlert } from '../ui/components.js';
import { openModal } from '../ui/modal.js';
import { describeFault } from '../utils/fault.js';

/** `question`: a sentence, or nodes (e.g. facts to compare); `variant`: of the confirm button, danger unless said. */
export function openConfirm({ title, question, confirmLabel, onConfirm, failureTitle, testId, variant = 'danger' }) {
  const messages = h('div', { 'aria-live': 'polite' });
  const confirm = button(confirmLabel, async () => {
    cancel.disabled = true;
    try {
      await busy(confirm, onConfirm);
      modal.close();
    } catch (error) {
      replace(messages, faultAlert(describeFault(failureTitle, error)));
    } finally {
      cancel.disabled = false;
    }
  }, { variant, id: 'osn-confirm' });
  const cancel = button('Cancel', () => modal.close(), { variant: 'link' });
  const modal = openModal({ title, testId, size: 'sm',
    body: [typeof question === 'string' ? h('p', {}, question) : h('div', {}, question), messages],
    footer: [confirm, cancel] });
  confirm.focus();
  return modal;
}
