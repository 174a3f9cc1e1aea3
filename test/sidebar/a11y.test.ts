// Accessibility: the tabs work from the keyboard, every control has a name, messages reach a live region.
import { checkEn, historyAcme, selectionOne, setupEn, stateEn, summaryEn } from './fixtures';
import { useSidebar, type Replies, type Sidebar } from './harness';

const sidebar = useSidebar();

const replies: Replies = {
  getSidebarState: { value: stateEn },
  getSelection: { value: selectionOne },
  getProspectHistory: { value: historyAcme },
  getPipelineSummary: { value: summaryEn },
  getSetup: { value: setupEn },
  checkStages: { value: checkEn },
};

/** Controls on the page without an accessible name (label, aria-label, aria-labelledby or text). */
function unnamedControls(s: Sidebar): Promise<string[]> {
  return s.page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, summary, [role="tab"]')]
      .filter((control) => {
        const labels = (control as HTMLInputElement).labels;
        const named =
          (labels && [...labels].some((label) => (label.textContent ?? '').trim() !== '')) ||
          (control.getAttribute('aria-label') ?? '').trim() !== '' ||
          control.hasAttribute('aria-labelledby') ||
          (['BUTTON', 'SUMMARY'].includes(control.tagName) && (control.textContent ?? '').trim() !== '');
        return !named && !control.hidden;
      })
      .map((control) => control.outerHTML.slice(0, 120)),
  );
}

describe('accessibility', () => {
  it('moves between tabs with the arrow keys, Home and End, keeping one tab in the tab order', async () => {
    const s = await sidebar.open(replies);
    const tabs = s.page.getByRole('tab');
    await s.page.getByRole('heading', { name: 'Acme Ltd' }).waitFor();
    expect(await s.page.getByRole('tablist').getAttribute('aria-label')).toBe('Stagecoach views');
    await s.page.getByRole('tab', { name: 'Prospect' }).focus();
    await s.page.keyboard.press('ArrowRight');
    expect(await s.page.getByRole('tab', { selected: true }).innerText()).toBe('Pipeline');
    expect(await s.page.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-pipeline');
    await s.page.keyboard.press('End');
    expect(await s.page.getByRole('tab', { selected: true }).innerText()).toBe('Check');
    await s.page.keyboard.press('ArrowRight');
    expect(await s.page.getByRole('tab', { selected: true }).innerText()).toBe('Today');
    await s.page.keyboard.press('ArrowLeft');
    expect(await s.page.getByRole('tab', { selected: true }).evaluate((tab) => tab === document.activeElement)).toBe(true);
    expect(await tabs.evaluateAll((all) => all.map((tab) => (tab as HTMLElement).tabIndex))).toEqual([-1, -1, -1, -1, 0]);
    expect(await s.page.locator('[role="tabpanel"]:not([hidden])').count()).toBe(1);
  });

  it('opens the view the menu asked for', async () => {
    const s = await sidebar.open({ ...replies, getSidebarState: { value: { ...stateEn, view: 'check' } } });
    await s.page.getByRole('heading', { name: 'Stage problems: 2' }).waitFor();
    expect(await s.page.getByRole('tab', { selected: true }).innerText()).toBe('Check');
    expect(await s.calls('getSelection')).toEqual([]);
  });

  it('names every control in every view', async () => {
    const s = await sidebar.open(replies);
    await s.page.getByRole('heading', { name: 'Acme Ltd' }).waitFor();
    await s.page.getByRole('button', { name: 'Mark as lost' }).click();
    expect(await unnamedControls(s)).toEqual([]);
    await s.tab('Pipeline');
    await s.page.locator('svg.funnel').waitFor();
    expect(await unnamedControls(s)).toEqual([]);
    await s.tab('Setup');
    await s.page.locator('.stage-card summary').first().click();
    expect(await unnamedControls(s)).toEqual([]);
    await s.tab('Check');
    await s.page.getByRole('heading', { name: 'Stage problems: 2' }).waitFor();
    expect(await unnamedControls(s)).toEqual([]);
  });

  it('shows the problems of the setup above every view', async () => {
    const problem = 'No stage column found in "Leads": add a "Stage" column or map one in Setup.';
    const s = await sidebar.open({ ...replies, getSidebarState: { value: { ...stateEn, problems: [problem] } } });
    await s.page.getByText(problem).waitFor();
    await s.tab('Pipeline');
    expect(await s.page.getByText(problem).isVisible()).toBe(true);
  });

  it('says plainly when the sidebar cannot start', async () => {
    const s = await sidebar.open({ getSidebarState: { error: 'Exception: You do not have permission to access this spreadsheet.' } });
    await s.page.getByRole('status').getByText('You do not have permission to access this spreadsheet.').waitFor();
    expect(await s.status()).toBe('You do not have permission to access this spreadsheet.');
  });
});
