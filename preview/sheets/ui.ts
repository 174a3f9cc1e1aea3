// Ui (add-on menu, sidebar, alerts), HtmlService and HtmlOutput: they record what the user would have seen.

import type { HtmlOutputLike, HtmlServiceLike, MenuLike, UiLike } from '../../src/sheets/gas';
import type { HtmlFiles, MenuEntry, UserContext } from './context';
import { gasError, noHtmlFile } from './errors';

export class HtmlOutput implements HtmlOutputLike {
  private title = '';

  constructor(
    private content: string,
    private readonly ctx: UserContext,
  ) {}

  setTitle(title: string): HtmlOutput {
    this.ctx.call('HtmlOutput.setTitle');
    this.title = title;
    return this;
  }

  getTitle(): string {
    this.ctx.call('HtmlOutput.getTitle');
    return this.title;
  }

  append(addedContent: string): HtmlOutput {
    this.ctx.call('HtmlOutput.append');
    this.content += addedContent;
    return this;
  }

  getContent(): string {
    this.ctx.call('HtmlOutput.getContent');
    return this.content;
  }

  /** Internal: what a sidebar shows, without logging a call. */
  snapshot(): { title: string; content: string } {
    return { title: this.title, content: this.content };
  }
}

function findFile(files: HtmlFiles, name: string): string | undefined {
  const candidates = [name, name.replace(/\.html$/, ''), `${name}.html`];
  for (const c of candidates) {
    const found = typeof files === 'function' ? files(c) : Object.prototype.hasOwnProperty.call(files, c) ? files[c] : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}

export class HtmlService implements HtmlServiceLike {
  constructor(private readonly ctx: UserContext) {}

  /** Content comes from the services' htmlFiles ("Sidebar" finds "Sidebar" or "Sidebar.html"). */
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    this.ctx.call('HtmlService.createHtmlOutputFromFile');
    const content = findFile(this.ctx.htmlFiles, filename);
    if (content === undefined) throw gasError(noHtmlFile(filename));
    return new HtmlOutput(content, this.ctx);
  }

  createHtmlOutput(html = ''): HtmlOutput {
    this.ctx.call('HtmlService.createHtmlOutput');
    return new HtmlOutput(html, this.ctx);
  }
}

export class Menu implements MenuLike {
  private readonly items: MenuEntry[] = [];

  constructor(private readonly ctx: UserContext) {}

  addItem(caption: string, functionName: string): Menu {
    this.ctx.call('Menu.addItem');
    this.items.push({ caption, functionName });
    return this;
  }

  addSeparator(): Menu {
    this.ctx.call('Menu.addSeparator');
    this.items.push({ separator: true });
    return this;
  }

  addToUi(): void {
    this.ctx.call('Menu.addToUi');
    this.ctx.ui.addonMenu = [...this.items];
  }
}

export class Ui implements UiLike {
  constructor(private readonly ctx: UserContext) {}

  createAddonMenu(): Menu {
    this.ctx.call('Ui.createAddonMenu');
    return new Menu(this.ctx);
  }

  showSidebar(userInterface: HtmlOutputLike): void {
    this.ctx.call('Ui.showSidebar');
    this.ctx.ui.sidebar = userInterface instanceof HtmlOutput ? userInterface.snapshot() : { title: '', content: userInterface.getContent() };
  }

  /** Records the message; the user "clicks" OK. */
  alert(prompt: string): GoogleAppsScript.Base.Button {
    this.ctx.call('Ui.alert');
    this.ctx.ui.alerts.push(prompt);
    return 'OK' as unknown as GoogleAppsScript.Base.Button;
  }
}
