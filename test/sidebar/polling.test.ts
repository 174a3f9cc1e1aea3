// The selection poll: every 1.5 s while the Prospect view is shown and the page visible, backing off to 15 s while
// nothing changes; never two at once.
// The page's clock is fake and paused: each test runs it forward, so nothing here waits on real time.
import { historyAcme, selectionOne, selectionThree, stateEn, summaryEn } from './fixtures';
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

/** Opens the sidebar on the Prospect view, once it shows the selected prospect (the first poll has answered). */
async function openOnProspect(more: Replies = {}): Promise<Sidebar> {
  const s = await sidebar.open(replies(more), { clock: true });
  await s.page.getByRole('heading', { name: 'Acme Ltd' }).waitFor();
  return s;
}

describe('the selection poll', () => {
  it('polls every 1.5 s while the Prospect view is visible', async () => {
    const s = await openOnProspect();
    const first = await polls(s);
    await s.advance(1499);
    expect(await polls(s)).toBe(first);
    await s.advance(1 + 1500 * 2);
    expect(await polls(s)).toBe(first + 3);
    const times = await s.callTimes('getSelection');
    const gaps = times.slice(1).map((at, index) => at - times[index]);
    for (const gap of gaps) expect(gap).toBe(1500);
  });

  it('stops while the document is hidden and polls again as soon as it is visible', async () => {
    const s = await openOnProspect();
    await s.setVisibility('hidden');
    const hidden = await polls(s);
    await s.advance(10_000);
    expect(await polls(s)).toBe(hidden);
    await s.setVisibility('visible');
    // At once: the clock has not moved.
    await s.waitForCalls('getSelection', hidden + 1);
    expect(await polls(s)).toBe(hidden + 1);
  });

  it('stops while another view is shown', async () => {
    const s = await openOnProspect();
    await s.tab('Pipeline');
    const away = await polls(s);
    await s.advance(10_000);
    expect(await polls(s)).toBe(away);
    await s.tab('Prospect');
    await s.waitForCalls('getSelection', away + 1);
    expect(await polls(s)).toBe(away + 1);
  });

  it('never starts a poll while the previous one is still waiting for the server', async () => {
    const s = await openOnProspect();
    await s.reply('getSelection', { value: selectionOne, delayMs: 4000 });
    const before = await polls(s);
    await s.advance(1500);
    expect(await polls(s)).toBe(before + 1);
    // The slow answer comes 4 s after that poll began; nothing is asked meanwhile.
    await s.advance(3999);
    expect(await polls(s)).toBe(before + 1);
    // Then 1.5 s after the answer, the next poll.
    await s.advance(1 + 1499);
    expect(await polls(s)).toBe(before + 1);
    await s.advance(1);
    expect(await polls(s)).toBe(before + 2);
  });

  it('slows down to one poll every 15 s while the selection stays the same', async () => {
    const s = await openOnProspect();
    await s.advance(120_000);
    const times = await s.callTimes('getSelection');
    const gaps = times.slice(1).map((at, index) => at - times[index]);
    // Still live for a few seconds after a change, then each wait doubles up to 15 s.
    expect(gaps.slice(0, 4)).toEqual([1500, 1500, 1500, 1500]);
    expect(gaps.slice(4, 8)).toEqual([3000, 6000, 12000, 15000]);
    expect(gaps.slice(8).every((gap) => gap === 15000)).toBe(true);
    // Two minutes open and idle: about a quarter of the calls a fixed 1.5 s poll makes.
    expect(times.length).toBeLessThanOrEqual(20);
  });

  it('polls every 1.5 s again once the selection changes', async () => {
    const s = await openOnProspect();
    await s.advance(60_000);
    await s.reply('getSelection', { value: selectionThree });
    await s.advance(15_000);
    await s.page.getByText('Binh Minh Co').first().waitFor();
    const changed = await polls(s);
    await s.advance(1500);
    expect(await polls(s)).toBe(changed + 1);
  });

  it('asks at once when the user clicks in the sidebar after it slowed down', async () => {
    const s = await openOnProspect();
    await s.advance(60_000);
    const idle = await polls(s);
    // On the prospect's name: the corner of the page is the first tab now (Today), which would leave this view.
    await s.page.getByRole('heading', { name: 'Acme Ltd' }).click();
    // The clock has not moved: the click itself asked.
    await s.waitForCalls('getSelection', idle + 1);
    expect(await polls(s)).toBe(idle + 1);
    await s.advance(1500);
    expect(await polls(s)).toBe(idle + 2);
  });

  it('asks at once when the sidebar gets the focus back after it slowed down', async () => {
    const s = await openOnProspect();
    await s.advance(60_000);
    const idle = await polls(s);
    await s.page.evaluate(() => window.dispatchEvent(new FocusEvent('focus')));
    await s.waitForCalls('getSelection', idle + 1);
    expect(await polls(s)).toBe(idle + 1);
  });
});
