// The Check view: lists stage problems with "go to row" and a one-click fix.
import { checkEn, stateEn } from './fixtures';
import { useSidebar, type Replies } from './harness';

const sidebar = useSidebar();

const replies = (more: Replies = {}): Replies => ({
  getSidebarState: { value: { ...stateEn, view: 'check' } },
  checkStages: { value: checkEn },
  goToRow: { value: undefined },
  ...more,
});

describe('the Check view', () => {
  it('lists every problem with "Go to row", and "Fix" only where there is a suggestion', async () => {
    const s = await sidebar.open(replies());
    await s.page.getByRole('heading', { name: 'Stage problems: 2' }).waitFor();
    const items = s.page.locator('.problems li');
    expect(await items.count()).toBe(2);
    expect(await items.nth(0).getByRole('button', { name: 'Row 15: replace “Qualifed” with “Qualified”' }).innerText()).toBe('Fix → Qualified');
    expect(await items.nth(1).getByRole('button', { name: /^Fix/ }).count()).toBe(0);
    await items.nth(1).getByRole('button', { name: 'Go to row 22' }).click();
    await s.page.getByRole('status').getByText('Row 22 selected.').waitFor();
    expect(await s.calls('goToRow')).toEqual([{ name: 'goToRow', args: [22] }]);
  });

  it('fixes a row in one click and shows the check the server returns', async () => {
    const s = await sidebar.open(replies({ fixStage: { value: { sheet: 'Leads', problems: [checkEn.problems[1]] } } }));
    await s.page.getByRole('button', { name: 'Row 15: replace “Qualifed” with “Qualified”' }).click();
    await s.page.getByRole('heading', { name: 'Stage problems: 1' }).waitFor();
    expect(await s.calls('fixStage')).toEqual([
      { name: 'fixStage', args: [{ row: 15, id: 'L-015', name: 'Hoang Trading', value: 'Qualifed', replacement: 'Qualified' }] },
    ]);
    expect(await s.status()).toBe('Row 15 set to “Qualified”.');
  });

  it('says so when there are no problems', async () => {
    const s = await sidebar.open(replies({ checkStages: { value: { sheet: 'Leads', problems: [] } } }));
    await s.page.getByText('No problems: every prospect in “Leads” has a valid stage.').waitFor();
  });
});
