// What every view shares: the sidebar state, the status area, and a way to open another view.
import type { SidebarState } from '../src/server/api';
import type { Status } from './status';
import { call } from './client';
import { t } from './i18n';

export type ViewName = SidebarState['view'];

export interface ViewContext {
  /** The latest sidebar state; replaced by `refreshState`. */
  state: SidebarState;
  status: Status;
  openView(view: ViewName): void;
  /** Reloads the sidebar state (after Setup saved a new pipeline). */
  refreshState(): Promise<void>;
}

export interface View {
  panel: HTMLElement;
  /** Called when the view's tab is selected. */
  show(): void;
  /** Called when another tab is selected. */
  hide(): void;
}

/** Runs `work` with the buttons of `scope` disabled and aria-busy set; errors go to the status area. */
export async function busy<T>(scope: HTMLElement, context: ViewContext, work: () => Promise<T>): Promise<T | undefined> {
  scope.setAttribute('aria-busy', 'true');
  const focused = document.activeElement;
  const enabled = [...scope.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
  enabled.forEach((control) => (control.disabled = true));
  try {
    return await work();
  } catch (error) {
    context.status.error(error);
    return undefined;
  } finally {
    scope.removeAttribute('aria-busy');
    enabled.forEach((control) => {
      if (control.isConnected) control.disabled = false;
    });
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost && focused instanceof HTMLElement && focused.isConnected) focused.focus();
  }
}

/** "Go to row": selects the prospect's row in the sheet and says so. */
export async function goToRow(scope: HTMLElement, context: ViewContext, row: number): Promise<void> {
  const done = await busy(scope, context, () => call('goToRow', row).then(() => true));
  if (done) context.status.info(t('rowSelected', { row }));
}
