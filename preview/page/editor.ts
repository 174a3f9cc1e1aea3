// Typing into a cell: an input over the cell, and for cells with a dropdown a list of its options (role=listbox).
import { cellA1 } from '../sheets/a1';
import { t } from './i18n';
import type { Cell } from './selection';

/** Where the selection goes after a commit: Enter moves down, Tab right, a click elsewhere leaves it where it went. */
export type Then = 'down' | 'right' | 'stay';

export interface EditorHost {
  content: HTMLElement;
  cellElement(cell: Cell): HTMLElement | undefined;
  /** What editing starts from, and the dropdown's options (null: no dropdown). */
  contentOf(cell: Cell): { input: string; options: string[] | null };
  /** Sends the text; then the grid moves on (Enter: down, Tab: right) or stays (a click elsewhere). */
  commit(cell: Cell, text: string, then: Then): void;
  cancel(): void;
}

export class CellEditor {
  private input: HTMLInputElement | null = null;
  private list: HTMLUListElement | null = null;
  private cell: Cell | null = null;
  private options: string[] = [];
  private shown: string[] = [];
  private highlighted = -1;

  constructor(private readonly host: EditorHost) {}

  get isOpen(): boolean {
    return this.input !== null;
  }

  /** Starts editing: with the key typed (replacing the content), or from the content (F2, Enter, double-click). */
  open(cell: Cell, typed: string | null, showList = false): void {
    this.close();
    const element = this.host.cellElement(cell);
    if (!element) return;
    const { input: start, options } = this.host.contentOf(cell);
    this.cell = cell;
    this.options = options ?? [];
    const a1 = cellA1(cell.row, cell.col);
    const input = document.createElement('input');
    input.className = 'cell-editor';
    input.type = 'text';
    input.spellcheck = false;
    input.setAttribute('aria-label', t('editCell', { cell: a1 }));
    input.value = typed ?? start;
    Object.assign(input.style, {
      left: `${element.offsetLeft}px`,
      top: `${element.offsetTop}px`,
      minWidth: `${element.offsetWidth + 1}px`,
      height: `${element.offsetHeight + 1}px`,
    });
    this.host.content.append(input);
    this.input = input;
    if (options) {
      input.setAttribute('role', 'combobox');
      input.setAttribute('aria-autocomplete', 'list');
      this.openList(element, a1, typed === null && showList ? '' : input.value, typed === null ? start : '');
    }
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('input', () => this.filter(input.value));
    // Focus leaving the editor (a click on another cell, the sidebar) keeps what was typed, as Sheets does.
    input.addEventListener('blur', () => setTimeout(() => this.input === input && this.commitText(input.value, 'stay'), 0));
    input.focus();
    if (typed === null) input.select();
    else input.setSelectionRange(input.value.length, input.value.length);
  }

  close(): void {
    const input = this.input;
    this.input = null;
    input?.remove();
    this.list?.remove();
    this.list = null;
    this.cell = null;
  }

  private openList(element: HTMLElement, a1: string, filter: string, current: string): void {
    const list = document.createElement('ul');
    list.className = 'dropdown-list';
    list.id = 'dropdown-list';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', t('options', { cell: a1 }));
    list.style.left = `${element.offsetLeft}px`;
    list.style.top = `${element.offsetTop + element.offsetHeight + 2}px`;
    list.addEventListener('mousedown', (event) => {
      event.preventDefault(); // keep the focus in the input
      const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
      if (option?.dataset.value !== undefined) this.commitText(option.dataset.value, 'down');
    });
    this.host.content.append(list);
    this.list = list;
    this.input?.setAttribute('aria-controls', list.id);
    this.input?.setAttribute('aria-expanded', 'true');
    this.filter(filter, current);
  }

  private filter(text: string, current = ''): void {
    if (!this.list) return;
    const needle = text.trim().toLowerCase();
    this.shown = needle ? this.options.filter((option) => option.toLowerCase().includes(needle)) : [...this.options];
    this.highlighted = Math.max(0, this.shown.indexOf(current));
    if (needle && !this.shown.length) this.highlighted = -1;
    this.list.replaceChildren(
      ...this.shown.map((option, i) => {
        const item = document.createElement('li');
        item.id = `dropdown-option-${i}`;
        item.setAttribute('role', 'option');
        item.dataset.value = option;
        item.textContent = option;
        return item;
      }),
    );
    this.list.hidden = this.shown.length === 0;
    this.paintList();
  }

  private paintList(): void {
    if (!this.list) return;
    [...this.list.children].forEach((item, i) => {
      item.setAttribute('aria-selected', String(i === this.highlighted));
      if (i === this.highlighted) item.scrollIntoView({ block: 'nearest' });
    });
    const active = this.list.children[this.highlighted];
    if (active) this.input?.setAttribute('aria-activedescendant', active.id);
    else this.input?.removeAttribute('aria-activedescendant');
  }

  private onKey(event: KeyboardEvent): void {
    const input = event.currentTarget as HTMLInputElement;
    if (this.list && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const count = this.shown.length;
      if (count) this.highlighted = (this.highlighted + (event.key === 'ArrowDown' ? 1 : count - 1)) % count;
      this.paintList();
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      const chosen = this.list && this.highlighted >= 0 && input.value.trim() !== '' ? this.shown[this.highlighted] : undefined;
      this.commitText(chosen ?? input.value, event.key === 'Tab' ? 'right' : 'down');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.close();
      this.host.cancel();
    }
  }

  private commitText(text: string, then: Then): void {
    const cell = this.cell;
    if (!cell) return;
    this.close();
    this.host.commit(cell, text, then);
  }
}
