// Tiny DOM builders: text goes in through textContent and attributes through setAttribute, never as HTML.

export type Attributes = Record<string, string | number | boolean | null | undefined>;
/** A child: a node, text, nothing, or a list of children (flattened). */
export type Child = Node | string | number | null | undefined | false | Child[];

const SVG_NS = 'http://www.w3.org/2000/svg';

function setAttributes(element: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** An HTML element with attributes and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

/** An SVG element, built the same way. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

/** Replaces every child of `parent`. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A button; `primary` buttons are the blue action buttons. */
export function button(label: string, onClick: (event: MouseEvent) => void, attributes: Attributes = {}, primary = false): HTMLButtonElement {
  const element = el('button', { type: 'button', class: primary ? 'primary' : 'secondary', ...attributes }, label);
  element.addEventListener('click', onClick);
  return element;
}

let lastId = 0;
/** A document-unique id for label/aria wiring. */
export function uid(prefix: string): string {
  lastId += 1;
  return `${prefix}-${lastId}`;
}

/** A labelled control: the label names the control through for/id. */
export function field(label: string, control: HTMLElement): HTMLElement {
  const id = control.id || uid('field');
  control.id = id;
  return el('div', { class: 'field' }, el('label', { for: id }, label), control);
}

/** A <select> of [value, label] pairs with one selected. */
export function select(options: [value: string, label: string][], selected: string, attributes: Attributes = {}): HTMLSelectElement {
  return el('select', attributes, ...options.map(([value, label]) => el('option', { value, selected: value === selected }, label)));
}
