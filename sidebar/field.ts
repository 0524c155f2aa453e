/**
 * A labelled form control with a hint and an error slot: an error sets aria-invalid and joins the control's
 * aria-describedby, so a screen reader reads the problem with the field.
 */
import { el, uid } from './dom';

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface Field<C extends Control> {
  wrapper: HTMLElement;
  control: C;
  hint: HTMLElement;
  setError(message: string | null): void;
}

export function field<C extends Control>(label: string, control: C, hintText = ''): Field<C> {
  control.id ||= uid('f');
  const hint = el('div', { className: 'hint', id: uid('hint') });
  if (hintText) hint.textContent = hintText;
  const error = el('p', { className: 'field-error', id: uid('err') });
  error.hidden = true;
  const describe = () => {
    const ids = [hint.childNodes.length > 0 ? hint.id : '', error.hidden ? '' : error.id].filter(Boolean);
    if (ids.length > 0) control.setAttribute('aria-describedby', ids.join(' '));
    else control.removeAttribute('aria-describedby');
  };
  describe();
  const wrapper = el(
    'div',
    { className: 'field' },
    el('label', { htmlFor: control.id }, label),
    control,
    hint,
    error,
  );
  return {
    wrapper,
    control,
    hint,
    setError(message) {
      error.textContent = message ?? '';
      error.hidden = !message;
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
      wrapper.classList.toggle('invalid', Boolean(message));
      describe();
    },
  };
}

/** Re-reads the hint's content into aria-describedby after the hint changed. */
export function refreshDescribedBy<C extends Control>(f: Field<C>): void {
  const invalid = f.control.getAttribute('aria-invalid') === 'true';
  const errorId = f.wrapper.querySelector('.field-error')?.id ?? '';
  const ids = [f.hint.childNodes.length > 0 ? f.hint.id : '', invalid ? errorId : ''].filter(Boolean);
  if (ids.length > 0) f.control.setAttribute('aria-describedby', ids.join(' '));
  else f.control.removeAttribute('aria-describedby');
}
