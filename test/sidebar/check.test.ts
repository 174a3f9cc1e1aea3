// The Check view: lists stage problems with "go to row" and a one-click fix.
import type { CheckResult, StageProblemView } from '../../src/server/api';
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
    const s = await sidebar.open(replies({ fixStage: { value: { ...checkEn, problems: [checkEn.problems[1]], fixed: 1 } } }));
    await s.page.getByRole('button', { name: 'Row 15: replace “Qualifed” with “Qualified”' }).click();
    await s.page.getByRole('heading', { name: 'Stage problems: 1' }).waitFor();
    expect(await s.calls('fixStage')).toEqual([
      { name: 'fixStage', args: [{ row: 15, id: 'L-015', name: 'Hoang Trading', value: 'Qualifed', replacement: 'Qualified' }] },
    ]);
    expect(await s.status()).toBe('Row 15 set to “Qualified”.');
  });

  it('says so when there are no problems', async () => {
    const s = await sidebar.open(replies({ checkStages: { value: { ...checkEn, problems: [] } } }));
    await s.page.getByText('No problems: every prospect in “Leads” has a valid stage.').waitFor();
  });

  it('fixes every row with the same value in one call, with the status a lost word sets', async () => {
    const lostAt = (row: number): StageProblemView => ({
      row,
      id: `L-0${row}`,
      name: `Prospect ${row}`,
      value: 'Closed Lost',
      problem: '"Closed Lost" is not a stage of the pipeline.',
      suggestion: 'Lost',
      suggestedStatus: 'Lost',
      sameFix: 3,
    });
    const check: CheckResult = { ...checkEn, problems: [lostAt(4), checkEn.problems[1], lostAt(9), lostAt(12)] };
    const s = await sidebar.open(
      replies({ checkStages: { value: check }, fixStages: { value: { ...checkEn, problems: [checkEn.problems[1]], fixed: 6 } } }),
    );
    const first = s.page.locator('.problems li').first();
    expect(await first.getByRole('button', { name: 'Row 4: replace “Closed Lost” with “Lost”' }).innerText()).toBe('Fix → Lost (Lost)');
    await first.getByRole('button', { name: 'Replace “Closed Lost” with “Lost” in 3 rows' }).click();
    await s.page.getByRole('heading', { name: 'Stage problems: 1' }).waitFor();
    const fixes = [4, 9, 12].map((row) => ({
      row,
      id: `L-0${row}`,
      name: `Prospect ${row}`,
      value: 'Closed Lost',
      replacement: 'Lost',
      status: 'Lost',
    }));
    expect(await s.calls('fixStages')).toEqual([{ name: 'fixStages', args: [{ fixes }] }]);
    expect(await s.status()).toBe('3 rows set to “Lost”.');
  });

  it('offers Tidy spelling when cells differ from the exact spelling, and lists moved-without, lost-without-reason and duplicates with "go to row"', async () => {
    const check: CheckResult = {
      ...checkEn,
      untidy: 154,
      movedWithout: [{ row: 30, id: 'L-030', name: 'Sao Viet', stage: 'Proposal sent', missing: ['Giá trị (VNĐ)'] }],
      movedWithoutCount: 1,
      lostWithoutReason: [{ row: 31, id: 'L-031', name: 'An Phu', stage: 'Lost', missing: [] }],
      lostWithoutReasonCount: 1,
      duplicates: [
        {
          kind: 'phone',
          value: '090 123 4567',
          rows: [
            { row: 40, id: 'L-040', name: 'Ha Noi Motors' },
            { row: 41, id: 'L-041', name: '<b>Ha Noi Motors</b>' },
          ],
        },
      ],
      duplicateCount: 1,
    };
    const s = await sidebar.open(replies({ checkStages: { value: check }, tidySpelling: { value: { ...checkEn, fixed: 154 } } }));
    await s.page.getByText('Moved without: Giá trị (VNĐ)').waitFor();
    await s.page.getByRole('heading', { name: 'Lost without a reason: 1' }).waitFor();
    await s.page.getByText('Same phone: 090 123 4567').waitFor();
    // Sheet text is text: the name written like HTML shows as typed.
    await s.page.getByText('<b>Ha Noi Motors</b>').waitFor();
    await s.page.getByRole('button', { name: 'Go to row 41 (<b>Ha Noi Motors</b>)' }).click();
    await s.page.getByRole('status').getByText('Row 41 selected.').waitFor();
    await s.page.getByRole('button', { name: 'Go to row 30 (Sao Viet)' }).click();
    expect(await s.calls('goToRow')).toEqual([
      { name: 'goToRow', args: [41] },
      { name: 'goToRow', args: [30] },
    ]);
    await s.page.getByRole('button', { name: 'Tidy spelling' }).click();
    await s.page.getByRole('status').getByText('Tidied the spelling of 154 cells.').waitFor();
    expect(await s.calls('tidySpelling')).toHaveLength(1);
    expect(await s.page.getByRole('button', { name: 'Tidy spelling' }).count()).toBe(0);
  });
});
