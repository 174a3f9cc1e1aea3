// The selection poll: about every 1.5 s while the Prospect view is shown and the page visible; never two at once.
import { historyAcme, selectionOne, stateEn, summaryEn } from './fixtures';
import { useSidebar, type Replies, type Sidebar } from './harness';

const sidebar = useSidebar();

const replies = (more: Replies = {}): Replies => ({
  getSidebarState: { value: stateEn },
  getSelection: { value: selectionOne },
  getProspectHistory: { value: historyAcme },
  getPipelineSummary: { value: summaryEn },
  ...more,
});

const polls = async (s: Sidebar) => (await s.calls('getSelection')).length;

/** Opens the sidebar on the Prospect view, once it shows the selected prospect. */
async function openOnProspect(more: Replies = {}): Promise<Sidebar> {
  const s = await sidebar.open(replies(more));
  await s.page.getByRole('heading', { name: 'Acme Ltd' }).waitFor();
  return s;
}

describe('the selection poll', () => {
  it('polls about every 1.5 s while the Prospect view is visible', async () => {
    const s = await openOnProspect();
    await s.waitForCalls('getSelection', 4);
    const times = await s.callTimes('getSelection');
    const gaps = times.slice(1).map((at, index) => at - times[index]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1450);
    expect(Math.max(...gaps)).toBeLessThan(3000);
  });

  it('stops while the document is hidden and polls again as soon as it is visible', async () => {
    const s = await openOnProspect();
    await s.setVisibility('hidden');
    const hidden = await polls(s);
    await s.page.waitForTimeout(3500);
    expect(await polls(s)).toBe(hidden);
    await s.setVisibility('visible');
    await s.page.waitForTimeout(200);
    expect(await polls(s)).toBe(hidden + 1);
  });

  it('stops while another view is shown', async () => {
    const s = await openOnProspect();
    await s.tab('Pipeline');
    const away = await polls(s);
    await s.page.waitForTimeout(3300);
    expect(await polls(s)).toBe(away);
    await s.tab('Prospect');
    await s.page.waitForTimeout(200);
    expect(await polls(s)).toBe(away + 1);
  });

  it('never starts a poll while the previous one is still waiting for the server', async () => {
    const s = await openOnProspect();
    await s.reply('getSelection', { value: selectionOne, delayMs: 4000 });
    const before = await polls(s);
    await s.page.waitForTimeout(5000);
    // One slow poll started; the next waits for its answer, then 1.5 s more.
    expect((await polls(s)) - before).toBe(1);
  });
});
