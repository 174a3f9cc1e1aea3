// The add-on's sidebar panel on the right: the page it showed, in an iframe, reloaded when the add-on opens it again.
import { api } from './api';
import { t } from './i18n';

export class SidebarPanel {
  private version = -1;
  private readonly panel = document.getElementById('sidebar') as HTMLElement;
  private readonly frame = document.getElementById('sidebar-frame') as HTMLIFrameElement;
  private readonly title = document.getElementById('sidebar-title') as HTMLElement;
  private readonly close = document.getElementById('sidebar-close') as HTMLButtonElement;

  constructor() {
    this.close.addEventListener('click', () => void api.closeSidebar());
  }

  show(state: { open: boolean; title: string; version: number }): void {
    this.panel.hidden = !state.open;
    this.panel.setAttribute('aria-label', state.title);
    this.close.setAttribute('aria-label', t('closeSidebar'));
    this.close.title = t('closeSidebar');
    this.title.textContent = state.title;
    this.frame.title = state.title;
    if (state.open && state.version !== this.version) {
      this.version = state.version;
      this.frame.src = `/sidebar?v=${state.version}`;
    }
  }
}
