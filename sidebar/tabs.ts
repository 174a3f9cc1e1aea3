// The tab strip (Prospect · Pipeline · Setup · Check): role=tablist, roving focus, arrow keys, Home and End.
import { el } from './dom';

export interface Tab<Name extends string> {
  name: Name;
  label: string;
  panel: HTMLElement;
}

export interface Tabs<Name extends string> {
  element: HTMLElement;
  select(name: Name, focus?: boolean): void;
  /** Shows a count beside a tab's label (0 hides it); `description` is what a screen reader says instead. */
  setCount(name: Name, count: number, description: string): void;
}

export function createTabs<Name extends string>(tabs: Tab<Name>[], label: string, onSelect: (name: Name) => void): Tabs<Name> {
  const buttons = tabs.map((tab) => {
    const id = `tab-${tab.name}`;
    tab.panel.id = `panel-${tab.name}`;
    tab.panel.setAttribute('role', 'tabpanel');
    tab.panel.setAttribute('aria-labelledby', id);
    tab.panel.tabIndex = 0;
    const element = el('button', { type: 'button', role: 'tab', id, 'aria-controls': tab.panel.id, class: 'tab' }, tab.label);
    element.addEventListener('click', () => select(tab.name));
    return element;
  });
  const element = el('div', { role: 'tablist', 'aria-label': label, class: 'tabs' }, ...buttons);
  let current: Name | null = null;

  element.addEventListener('keydown', (event) => {
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const last = buttons.length - 1;
    const to = { ArrowRight: at === last ? 0 : at + 1, ArrowLeft: at === 0 ? last : at - 1, Home: 0, End: last }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    select(tabs[to].name, true);
  });

  function select(name: Name, focus = false): void {
    tabs.forEach((tab, index) => {
      const selected = tab.name === name;
      buttons[index].setAttribute('aria-selected', String(selected));
      buttons[index].tabIndex = selected ? 0 : -1;
      tab.panel.hidden = !selected;
      if (selected && focus) buttons[index].focus();
    });
    if (current !== name) {
      current = name;
      onSelect(name);
    }
  }

  function setCount(name: Name, count: number, description: string): void {
    const at = tabs.findIndex((tab) => tab.name === name);
    if (at < 0) return;
    const shown = count > 0;
    buttons[at].replaceChildren(tabs[at].label, ...(shown ? [el('span', { class: 'tab-count', 'aria-hidden': 'true' }, String(count))] : []));
    if (shown) buttons[at].setAttribute('aria-label', description);
    else buttons[at].removeAttribute('aria-label');
  }

  return { element, select, setCount };
}
