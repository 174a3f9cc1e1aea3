// The banner shown while Pipeline Setup is deleted: what stands in for it, and a button to restore it from the saved copy.
import { call } from '../client';
import type { ViewContext } from '../context';
import { button, el } from '../dom';
import { t } from '../i18n';

/** The banner, or null when Pipeline Setup is there; after a restore the sidebar state is read again (the banner goes). */
export function setupMissingBanner(context: ViewContext): HTMLElement | null {
  if (!context.state.setupMissing) return null;
  const restore = button(
    t('restoreSetup'),
    async () => {
      restore.disabled = true;
      try {
        const { sheet } = await call('restoreSetup');
        context.status.info(t('setupRestored', { sheet }));
        await context.refreshState();
      } catch (error) {
        context.status.error(error);
      } finally {
        restore.disabled = false;
      }
    },
    { 'data-focus': 'restore-setup' },
    true,
  );
  return el('div', { class: 'notice warning', role: 'alert' }, el('p', {}, t('setupMissing')), restore);
}
