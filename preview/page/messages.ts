// What the spreadsheet shows around the grid: the add-on's alerts (a dialog), its toasts, and refused edits.
import { t } from './i18n';

const TOAST_SECONDS = 8;

/** Ui.alert: a modal dialog with the text (as text) and OK. */
export function showAlert(title: string, text: string): Promise<void> {
  const dialog = document.getElementById('alert-dialog') as HTMLDialogElement;
  (document.getElementById('alert-title') as HTMLElement).textContent = title;
  (document.getElementById('alert-text') as HTMLElement).textContent = text;
  (document.getElementById('alert-ok') as HTMLElement).textContent = t('ok');
  return new Promise((done) => {
    dialog.addEventListener('close', () => done(), { once: true });
    dialog.showModal();
  });
}

/** Spreadsheet.toast: a dark note at the bottom right that goes away by itself. */
export function showToast(title: string, text: string): void {
  const toasts = document.getElementById('toasts') as HTMLElement;
  const toast = document.createElement('div');
  toast.className = 'toast';
  const heading = document.createElement('strong');
  heading.textContent = title;
  const body = document.createElement('span');
  body.textContent = text;
  toast.append(heading, body);
  toasts.append(toast);
  setTimeout(() => toast.remove(), TOAST_SECONDS * 1000);
}

let hideProblem: ReturnType<typeof setTimeout> | undefined;

/** A refused edit (e.g. a value the stage dropdown does not allow), shown next to the grid as Sheets does. */
export function showProblem(text: string): void {
  const box = document.getElementById('problem') as HTMLElement;
  const heading = document.createElement('strong');
  heading.textContent = t('problem');
  const body = document.createElement('p');
  body.textContent = text;
  box.replaceChildren(heading, body);
  box.hidden = false;
  clearTimeout(hideProblem);
  hideProblem = setTimeout(() => (box.hidden = true), 10000);
}

export function hideProblemNow(): void {
  clearTimeout(hideProblem);
  (document.getElementById('problem') as HTMLElement).hidden = true;
}

/** What opening the file could not read: a note that stays until closed (the rows it names are worth a look). */
export function showNotes(title: string, lines: string[], closeLabel: string): void {
  const toasts = document.getElementById('toasts') as HTMLElement;
  const note = document.createElement('div');
  note.className = 'toast import-notes';
  const heading = document.createElement('strong');
  heading.textContent = title;
  const list = document.createElement('ul');
  list.append(
    ...lines.map((line) => {
      const item = document.createElement('li');
      item.textContent = line;
      return item;
    }),
  );
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'icon-button';
  close.textContent = '×';
  close.setAttribute('aria-label', closeLabel);
  close.addEventListener('click', () => note.remove());
  note.append(heading, list, close);
  toasts.append(note);
}
