// The Pipeline view: KPI tiles, the SVG funnel, stalled prospects with "go to row", the owner filter.
import { setupEn, stateEn, summaryEn } from './fixtures';
import { useSidebar, type Replies } from './harness';

const sidebar = useSidebar();

const replies = (more: Replies = {}): Replies => ({
  getSidebarState: { value: { ...stateEn, view: 'pipeline' } },
  getPipelineSummary: { value: summaryEn },
  goToRow: { value: undefined },
  ...more,
});

describe('the Pipeline view', () => {
  it('shows the KPI tiles, formatted, with "—" where a figure is unknown', async () => {
    const s = await sidebar.open(replies());
    await s.page.locator('.tile').first().waitFor();
    const tiles = await s.page.locator('.tiles').first().locator('.tile').allInnerTexts();
    expect(tiles.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
      'Prospects 240',
      'Lead → sale 12.5%',
      'Moment of truth → sale 42% ★ Appointment held',
      'Win rate 31%',
      'Weighted open value 1.3M',
      'Median days to close —',
    ]);
    expect(await s.calls('getPipelineSummary')).toEqual([{ name: 'getPipelineSummary', args: [null] }]);
  });

  it('shows cycle time, where prospects wait longest and velocity, and warns of win probabilities far from observed', async () => {
    const s = await sidebar.open(replies({ getSetup: { value: setupEn } }));
    await s.page.getByRole('heading', { name: 'Time and speed' }).waitFor();
    const tiles = await s.page.locator('.tiles').nth(1).locator('.tile').allInnerTexts();
    expect(tiles.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
      'Lead → sale takes 23.5 days median of 30 sales',
      'Prospects wait longest at Proposal sent median 12 days · 15 there now',
      'Sales velocity 41,250 a day',
    ]);
    const warning = s.page.getByRole('note');
    expect(await warning.locator('li').allInnerTexts()).toEqual(['Proposal sent: set 50%, observed 22% of 40 closed.']);
    await warning.getByRole('button', { name: 'Open Setup' }).click();
    await s.page.getByRole('tab', { name: 'Setup', selected: true }).waitFor();
  });

  it('shows "—" and no warning where the figures cannot be computed yet', async () => {
    const none = { ...summaryEn, cycleTime: null, slowestStage: null, velocity: null, calibration: [] };
    const s = await sidebar.open(replies({ getPipelineSummary: { value: none } }));
    await s.page.getByRole('heading', { name: 'Time and speed' }).waitFor();
    const tiles = await s.page.locator('.tiles').nth(1).locator('.tile').allInnerTexts();
    expect(tiles.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(['Lead → sale takes —', 'Prospects wait longest at —', 'Sales velocity —']);
    expect(await s.page.getByRole('note').count()).toBe(0);
  });

  it('draws the funnel as SVG bars sized by reached, with the drop between stages and the moment of truth marked', async () => {
    const s = await sidebar.open(replies());
    const funnel = s.page.locator('svg.funnel');
    await funnel.waitFor();
    const widths = await funnel.locator('rect.bar').evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('width'))));
    expect(widths).toHaveLength(6);
    expect(widths[0]).toBeCloseTo(276);
    expect(widths[5] / widths[0]).toBeCloseTo(30 / 240);
    const labels = await funnel.locator('text').allTextContents();
    expect(labels).toContain('★ Appointment held');
    expect(labels).toContain('▼ 25% drop');
    expect(await funnel.getAttribute('aria-label')).toContain('Appointment held (Moment of truth): 70');
  });

  it('lists stalled prospects with a "Go to row" button', async () => {
    const s = await sidebar.open(replies());
    await s.page.getByRole('button', { name: 'Go to row 44 (Hoa Sen Hotel)' }).click();
    await s.page.getByRole('status').getByText('Row 44 selected.').waitFor();
    expect(await s.calls('goToRow')).toEqual([{ name: 'goToRow', args: [44] }]);
    expect(await s.page.locator('.stalled li').first().innerText()).toContain('21 days in stage (limit 7 days)');
  });

  it('says how many more stalled prospects there are than it lists', async () => {
    const s = await sidebar.open(replies({ getPipelineSummary: { value: { ...summaryEn, stalledCount: summaryEn.stalled.length + 35 } } }));
    await s.page.locator('.stalled li').first().waitFor();
    await s.page.getByText('and 35 more').waitFor();
  });

  it('filters by owner', async () => {
    const s = await sidebar.open(replies());
    const owner = s.page.getByRole('combobox', { name: 'Owner' });
    await owner.selectOption('Minh');
    await s.waitForCalls('getPipelineSummary', 2);
    expect((await s.calls('getPipelineSummary')).map((call) => call.args)).toEqual([[null], ['Minh']]);
  });
});
