// The Extensions menu: the add-on's menu as onOpen built it (Extensions → Stagecoach → …); a click runs the item.
import type { MenuItemView } from '../server/views';
import { t } from './i18n';

export class ExtensionsMenu {
  private readonly button: HTMLButtonElement;
  private readonly list: HTMLElement;

  constructor(
    bar: HTMLElement,
    private readonly run: (functionName: string) => void,
  ) {
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.className = 'menu-button';
    this.button.id = 'extensions-button';
    this.button.setAttribute('aria-haspopup', 'menu');
    this.button.setAttribute('aria-expanded', 'false');
    this.list = document.createElement('div');
    this.list.className = 'menu';
    this.list.setAttribute('role', 'menu');
    this.list.setAttribute('aria-labelledby', this.button.id);
    this.list.hidden = true;
    bar.replaceChildren(this.button, this.list);
    this.button.addEventListener('click', () => (this.list.hidden ? this.open() : this.close()));
    this.list.addEventListener('keydown', (event) => this.onKey(event));
    document.addEventListener('mousedown', (event) => {
      if (!bar.contains(event.target as Node)) this.close();
    });
  }

  show(items: MenuItemView[], addonName: string): void {
    this.button.textContent = t('extensions');
    const title = document.createElement('div');
    title.className = 'menu-title';
    title.setAttribute('role', 'presentation');
    title.textContent = addonName;
    this.list.replaceChildren(
      title,
      ...items.map((item) => {
        if ('separator' in item) {
          const line = document.createElement('div');
          line.className = 'menu-separator';
          line.setAttribute('role', 'separator');
          return line;
        }
        const entry = document.createElement('button');
        entry.type = 'button';
        entry.className = 'menu-item';
        entry.setAttribute('role', 'menuitem');
        entry.tabIndex = -1;
        entry.textContent = item.caption;
        entry.addEventListener('click', () => {
          this.close();
          this.run(item.functionName);
        });
        return entry;
      }),
    );
  }

  private items(): HTMLElement[] {
    return [...this.list.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  private open(): void {
    this.list.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    this.items()[0]?.focus();
  }

  private close(): void {
    if (this.list.hidden) return;
    this.list.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
  }

  private onKey(event: KeyboardEvent): void {
    const items = this.items();
    const at = items.indexOf(document.activeElement as HTMLElement);
    const to = { ArrowDown: (at + 1) % items.length, ArrowUp: (at - 1 + items.length) % items.length, Home: 0, End: items.length - 1 }[event.key];
    if (to !== undefined) {
      event.preventDefault();
      items[to]?.focus();
    } else if (event.key === 'Escape') {
      this.close();
      this.button.focus();
    }
  }
}
