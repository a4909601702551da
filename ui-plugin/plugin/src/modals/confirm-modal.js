// A yes/no dialog whose action runs inside it: the buttons wait while it runs, a fault stays shown in it.

import { h, replace } from '../ui/dom.js';
import { button, busy, faultAlert } from '../ui/components.js';
import { openModal } from '../ui/modal.js';
import { describeFault } from '../utils/fault.js';

export function openConfirm({ title, question, confirmLabel, onConfirm, failureTitle, testId }) {
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
  }, { variant: 'danger', id: 'osn-confirm' });
  const cancel = button('Cancel', () => modal.close(), { variant: 'link' });
  const modal = openModal({ title, testId, size: 'sm', body: [h('p', {}, question), messages],
    footer: [confirm, cancel] });
  confirm.focus();
  return modal;
}
