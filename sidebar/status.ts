// The one place that shows messages: a live region (role=status) under the tabs; server errors appear here as plain text.
import { asError } from './client';
import { button, el } from './dom';
import { t } from './i18n';

export interface Status {
  info(message: string): void;
  error(error: unknown): void;
  /** Clears the message; given `error`, only if that error is still the one shown. */
  clear(error?: unknown): void;
}

const INFO_SECONDS = 12;

/** Wires the live region `region` (already in the page, so screen readers track it from the start). */
export function createStatus(region: HTMLElement): Status {
  const text = el('span', { class: 'status-text' });
  region.replaceChildren(text);
  const dismiss = button('×', () => clear(), { class: 'icon dismiss', hidden: true });
  region.after(dismiss);
  let timer: ReturnType<typeof setTimeout> | undefined;

  function show(message: string, kind: 'info' | 'error'): void {
    clearTimeout(timer);
    if (text.textContent === message && region.dataset.kind === kind) return;
    text.textContent = message;
    region.dataset.kind = kind;
    dismiss.hidden = false;
    dismiss.setAttribute('aria-label', t('dismiss'));
    if (kind === 'info') timer = setTimeout(clear, INFO_SECONDS * 1000);
  }

  function clear(error?: unknown): void {
    if (error !== undefined && (region.dataset.kind !== 'error' || text.textContent !== asError(error).message)) return;
    clearTimeout(timer);
    text.textContent = '';
    delete region.dataset.kind;
    dismiss.hidden = true;
  }

  return {
    info: (message) => show(message, 'info'),
    error: (error) => show(asError(error).message || t('unknownError'), 'error'),
    clear: (error) => clear(error),
  };
}
