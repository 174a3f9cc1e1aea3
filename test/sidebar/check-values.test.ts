// Check's values that are not numbers: each with "go to row", a one-click fix where the reading is unambiguous, "fix all N"; and the Pipeline view's notice.
import type { ValueCheckResult } from '../../src/server/api';
import { checkEn, stateEn, summaryEn } from './fixtures';
import { useSidebar, type Replies } from './harness';

const sidebar = useSidebar();

const valuesEn: ValueCheckResult = {
  sheet: 'Leads',
  column: 'Value',
  problems: [
    { row: 4, id: 'L-004', name: 'An Phat', value: '850tr', reading: 850_000_000 },
    { row: 9, id: 'L-009', name: 'Binh Minh', value: '1.130', reading: null },
    { row: 12, id: 'L-012', name: 'Cat Tuong', value: '850 triệu', reading: 850_000_000 },
    { row: 20, id: 'L-020', name: 'Dai Viet', value: '$60,000', reading: 60_000 },
  ],
};

const replies = (more: Replies = {}): Replies => ({
  getSidebarState: { value: { ...stateEn, view: 'check' } },
  checkStages: { value: { ...checkEn, problems: [] } },
  checkValues: { value: valuesEn },
  goToRow: { value: undefined },
  ...more,
});

describe('Check’s values that are not numbers', () => {
  it('lists each with its row and reading, "Go to row", and "Fix" only where the reading is unambiguous', async () => {
    const s = await sidebar.open(replies());
    await s.page.getByRole('heading', { name: 'Values that are not numbers: 4' }).waitFor();
    const items = s.page.locator('.value-check .problems li');
    expect(await items.count()).toBe(4);
    expect(await items.nth(0).innerText()).toContain('Reads as 850,000,000.');
    expect(await items.nth(0).getByRole('button', { name: 'Row 4: replace “850tr” with 850,000,000' }).innerText()).toBe('Fix → 850,000,000');
    expect(await items.nth(1).innerText()).toContain('Cannot be read as one number');
    expect(await items.nth(1).getByRole('button', { name: /^Fix/ }).count()).toBe(0);
    await items.nth(1).getByRole('button', { name: 'Go to row 9' }).click();
    await s.page.getByRole('status').getByText('Row 9 selected.').waitFor();
    expect(await s.calls('goToRow')).toEqual([{ name: 'goToRow', args: [9] }]);
  });

  it('fixes every row that reads as one number in one click, whatever its spelling', async () => {
    const rest = { ...valuesEn, problems: [valuesEn.problems[1], valuesEn.problems[3]] };
    const s = await sidebar.open(replies({ fixValues: { value: { fixed: 2, skipped: [], check: rest } } }));
    const all = s.page.getByRole('button', { name: 'Replace the 2 values that read as 850,000,000 (“850tr”, “850 triệu”) with that number' });
    expect(await all.innerText()).toBe('Fix all 2 → 850,000,000');
    await all.click();
    await s.page.getByRole('heading', { name: 'Values that are not numbers: 2' }).waitFor();
    expect(await s.calls('fixValues')).toEqual([
      {
        name: 'fixValues',
        args: [
          {
            rows: [
              { row: 4, id: 'L-004', name: 'An Phat', value: '850tr' },
              { row: 12, id: 'L-012', name: 'Cat Tuong', value: '850 triệu' },
            ],
          },
        ],
      },
    ]);
    expect(await s.status()).toBe('2 rows set to 850,000,000.');
    // No "fix all" left: each remaining reading has one row.
    expect(await s.page.getByRole('button', { name: /^Replace the/ }).count()).toBe(0);
  });

  it('says which rows it skipped and why', async () => {
    const s = await sidebar.open(
      replies({
        fixValues: {
          value: { fixed: 0, skipped: ['Row 20 no longer holds "$60,000".'], check: { ...valuesEn, problems: valuesEn.problems.slice(0, 3) } },
        },
      }),
    );
    await s.page.getByRole('button', { name: 'Row 20: replace “$60,000” with 60,000' }).click();
    await s.page.getByRole('heading', { name: 'Values that are not numbers: 3' }).waitFor();
    expect(await s.status()).toContain('Row 20 no longer holds "$60,000".');
  });

  it('shows nothing when every value is a number', async () => {
    const s = await sidebar.open(replies({ checkValues: { value: { ...valuesEn, problems: [] } } }));
    await s.page.getByText('No problems: every prospect in “Leads” has a valid stage.').waitFor();
    expect(await s.page.getByRole('heading', { name: /Values that are not numbers/ }).count()).toBe(0);
  });

  it('speaks Vietnamese, amounts grouped with dots', async () => {
    const s = await sidebar.open(replies({ getSidebarState: { value: { ...stateEn, locale: 'vi', view: 'check' } } }));
    await s.page.getByRole('heading', { name: 'Giá trị không phải là số: 4' }).waitFor();
    expect(await s.page.getByRole('button', { name: /^Thay 2 giá trị/ }).innerText()).toBe('Sửa cả 2 → 850.000.000');
  });
});

describe('the Pipeline view and values it could not read', () => {
  it('says how many values it left out of the weighted open value, and opens Check', async () => {
    const s = await sidebar.open(
      replies({
        getSidebarState: { value: { ...stateEn, view: 'pipeline' } },
        getPipelineSummary: { value: { ...summaryEn, problems: 0, unreadableValues: 3 } },
      }),
    );
    const notice = s.page.locator('[data-notice="unreadable-values"]');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('3 values could not be read (they are not numbers): the weighted open value leaves them out.');
    await notice.getByRole('button', { name: 'Open Check to fix the values that are not numbers' }).click();
    await s.page.getByRole('heading', { name: 'Values that are not numbers: 4' }).waitFor();
  });

  it('shows Vietnamese amounts in tỷ and triệu, never 32 T', async () => {
    const s = await sidebar.open(
      replies({
        getSidebarState: { value: { ...stateEn, locale: 'vi', view: 'pipeline' } },
        getPipelineSummary: { value: { ...summaryEn, weightedOpenValue: 32_000_000_000, unreadableValues: 0 } },
      }),
    );
    const tile = s.page.locator('.tile', { hasText: 'Giá trị đang mở' });
    await tile.waitFor();
    expect(await tile.locator('.tile-value').innerText()).toBe('32 tỷ');
    expect(await s.page.locator('[data-notice="unreadable-values"]').count()).toBe(0);
  });
});
