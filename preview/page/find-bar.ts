// Ctrl+F: a find box over the grid's top right, as in Sheets. Enter finds the next cell holding the text, Escape closes.
import { t } from './i18n';

export class FindBar {
  private readonly bar: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly note: HTMLElement;

  constructor(
    parent: HTMLElement,
    private readonly next: (query: string) => Promise<string | null>,
    private readonly closed: () => void,
  ) {
    this.bar = document.createElement('div');
    this.bar.className = 'find-bar';
    this.bar.setAttribute('role', 'search');
    this.bar.hidden = true;
    this.input = document.createElement('input');
    this.input.type = 'search';
    this.input.spellcheck = false;
    this.note = document.createElement('span');
    this.note.className = 'find-note';
    this.note.setAttribute('role', 'status');
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'icon-button';
    close.textContent = '×';
    close.addEventListener('click', () => this.close());
    this.bar.append(this.input, this.note, close);
    parent.append(this.bar);
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        void this.find();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        this.close();
      }
    });
    this.label(close);
  }

  open(): void {
    this.bar.hidden = false;
    this.label(this.bar.querySelector('button') as HTMLButtonElement);
    this.input.focus();
    this.input.select();
  }

  private label(close: HTMLButtonElement): void {
    this.input.setAttribute('aria-label', t('find'));
    this.input.placeholder = t('find');
    close.setAttribute('aria-label', t('findClose'));
  }

  private async find(): Promise<void> {
    const query = this.input.value;
    if (!query.trim()) return;
    this.note.textContent = (await this.next(query)) ?? '';
  }

  private close(): void {
    this.bar.hidden = true;
    this.note.textContent = '';
    this.closed();
  }
}
