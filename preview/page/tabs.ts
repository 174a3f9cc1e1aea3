// The sheet tabs at the bottom (role=tablist): one tab per sheet, named after it.
import { t } from './i18n';

export class SheetTabs {
  private names: string[] = [];
  private current = '';

  constructor(
    private readonly element: HTMLElement,
    private readonly choose: (name: string) => void,
  ) {
    element.setAttribute('role', 'tablist');
    element.addEventListener('keydown', (event) => {
      const at = this.names.indexOf(this.current);
      const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: this.names.length - 1 }[event.key];
      const name = to === undefined ? undefined : this.names[to];
      if (name === undefined) return;
      event.preventDefault();
      this.choose(name);
      this.element.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
    });
  }

  show(names: string[], current: string): void {
    this.element.setAttribute('aria-label', t('sheets'));
    const same = names.join('\n') === this.names.join('\n');
    this.names = [...names];
    this.current = current;
    if (!same) {
      this.element.replaceChildren(
        ...names.map((name) => {
          const tab = document.createElement('button');
          tab.type = 'button';
          tab.className = 'sheet-tab';
          tab.setAttribute('role', 'tab');
          tab.textContent = name;
          tab.addEventListener('click', () => this.choose(name));
          return tab;
        }),
      );
    }
    [...this.element.children].forEach((tab, i) => {
      const selected = names[i] === current;
      tab.setAttribute('aria-selected', String(selected));
      (tab as HTMLElement).tabIndex = selected ? 0 : -1;
    });
  }
}
