// Follow-ups in the sidebar: the next step and date of a prospect, asked for after every move, and the Today view.
import type { NextStepRequest, ProspectSearchResult, SidebarState, StageSetup, TodayItem, TodayView } from '../../src/server/api';
import { acme, historyAcme, prospect, selectionOf, selectionOne, selectionThree, stateEn, stateVi, selectionVi, historyVi } from './fixtures';
import { useSidebar, type Replies } from './harness';

const sidebar = useSidebar();

// The harness's clock starts at 2025-03-12 09:00 UTC: 16:00 on March 12 in Ho Chi Minh City, the sheet's zone.
const stages: StageSetup[] = stateEn.stages.map((stage) => (stage.name === 'Appointment held' ? { ...stage, followUpDays: 3 } : stage));
const state: SidebarState = {
  ...stateEn,
  stages,
  mapping: { ...stateEn.mapping, phone: 'Phone', nextStep: 'Next step', followUp: 'Follow-up' },
};

const item = (overrides: Partial<TodayItem>): TodayItem => ({
  kind: 'overdue',
  row: 7,
  id: 'L-007',
  name: 'Acme Ltd',
  stage: 'Qualified',
  owner: 'Lan',
  phone: '090 123 4567',
  nextStep: 'Confirm the appointment by email',
  followUp: '2025-03-10',
  days: 2,
  stallDays: null,
  mine: true,
  ...overrides,
});

const today: TodayView = {
  today: '2025-03-12',
  me: 'Lan',
  mePicked: true,
  everyone: false,
  owners: ['Lan', 'Minh'],
  counts: { overdue: 1, due: 1, stalled: 1, noNextStep: 1 },
  mineCounts: { overdue: 1, due: 1, stalled: 1, noNextStep: 1 },
  items: [
    item({}),
    item({
      kind: 'due',
      row: 9,
      id: 'L-009',
      name: 'Binh Minh Co',
      stage: 'Contacted',
      followUp: '2025-03-12',
      days: 0,
      nextStep: 'Send the overview',
    }),
    item({ kind: 'stalled', row: 12, id: 'L-012', name: 'Cuu Long Foods', stage: 'Proposal sent', followUp: '', days: 14, stallDays: 10 }),
    item({ kind: 'noNextStep', row: 15, id: 'L-015', name: 'Dong A Hotel', stage: 'New lead', followUp: '', nextStep: '', days: 0, phone: '' }),
  ],
  columns: { nextStep: true, followUp: true, owner: true, phone: true },
  unreadableDates: 0,
};
const nothingDue: TodayView = { ...today, counts: { overdue: 0, due: 0, stalled: 1, noNextStep: 0 }, items: [today.items[2]] };

const replies = (more: Replies = {}): Replies => ({
  getSidebarState: { value: state },
  getSelection: { value: selectionOne },
  getProspectHistory: { value: historyAcme },
  getToday: { value: nothingDue },
  saveNextStep: { value: { saved: 1, nextStep: '', followUp: '' } },
  ...more,
});

const focused = (locator: import('playwright-core').Locator) => locator.evaluate((element) => element === document.activeElement);

describe('the next step in the Prospect view', () => {
  it('shows the next step and the follow-up date, and saves an edit of those two only', async () => {
    const s = await sidebar.open(replies(), { clock: true });
    const section = s.page.locator('.next-step');
    await section.getByText('Confirm the appointment by email').waitFor();
    expect(await section.locator('.follow-up').innerText()).toBe('Mar 14, 2025 · Due in 2 days');
    await section.getByRole('button', { name: 'Edit next step' }).click();
    const text = s.page.getByRole('textbox', { name: 'Next step' });
    expect(await focused(text)).toBe(true);
    await text.fill('=HYPERLINK("x") call back');
    await s.page.getByLabel('Follow-up date').fill('2025-03-20');
    await s.page.getByLabel('Follow-up date').press('Enter');
    await s.page.getByRole('status').getByText('Next step saved for Acme Ltd.').waitFor();
    const [save] = await s.calls('saveNextStep');
    expect(save.args).toEqual([
      {
        prospects: [{ row: 7, id: 'L-007', name: 'Acme Ltd', stage: 'Qualified' }],
        nextStep: '=HYPERLINK("x") call back',
        followUp: '2025-03-20',
      } satisfies NextStepRequest,
    ]);
    // The form closes and the selection is read again for what the sheet now holds.
    expect(await s.page.locator('.next-step-form').count()).toBe(0);
  });

  it('marks an overdue follow-up and says when the cell holds no date', async () => {
    const s = await sidebar.open(replies({ getSelection: { value: selectionOf(prospect({ followUp: '2025-03-09' })) } }), { clock: true });
    await s.page.locator('.follow-up.warn-text', { hasText: 'Mar 9, 2025 · 3 days overdue' }).waitFor();
    const typed = await sidebar.open(replies({ getSelection: { value: selectionOf(prospect({ followUp: '', followUpUnreadable: 'next week' })) } }));
    await typed.page.getByText('The follow-up cell holds “next week”, not a date.').waitFor();
  });

  it('says so when the sheet has no Next step or Follow-up column, and asks nothing after a move', async () => {
    const s = await sidebar.open(
      replies({
        getSidebarState: { value: { ...state, mapping: stateEn.mapping } },
        moveProspects: { value: { moved: 1, prospects: [{ ...acme, stage: 'Appointment held' }] } },
      }),
    );
    await s.page.getByText('This sheet has no Next step or Follow-up column, so next steps cannot be kept here.').waitFor();
    await s.page.getByRole('button', { name: 'Advance to Appointment held' }).click();
    await s.page.getByText('What changed').waitFor();
    expect(await s.page.locator('.next-step-form').count()).toBe(0);
  });

  it('asks for the next step after a move, prefilled from the new stage: Enter saves the suggestion', async () => {
    const moved = { ...acme, stage: 'Appointment held', nextStage: 'Proposal sent' };
    const s = await sidebar.open(replies({ moveProspects: { value: { moved: 1, prospects: [moved] } } }), { clock: true });
    await s.page.getByRole('button', { name: 'Advance to Appointment held' }).click();
    const form = s.page.getByRole('form', { name: 'What happens next?' });
    await form.waitFor();
    const text = form.getByRole('textbox', { name: 'Next step' });
    // The playbook's first line, selected so that typing replaces it; the date is today + the stage's 3 days.
    expect(await text.inputValue()).toBe('Meet the decision maker in person.');
    expect(await text.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([0, 34]);
    expect(await form.getByLabel('Follow-up date').inputValue()).toBe('2025-03-15');
    expect(await form.getByText('From the playbook of Appointment held.').count()).toBe(1);
    await s.page.keyboard.press('Enter');
    await s.page.getByRole('status').getByText('Next step saved for Acme Ltd.').waitFor();
    const [save] = await s.calls('saveNextStep');
    expect(save.args[0]).toEqual({
      prospects: [{ row: 7, id: 'L-007', name: 'Acme Ltd', stage: 'Appointment held' }],
      nextStep: 'Meet the decision maker in person.',
      followUp: '2025-03-15',
    });
  });

  it('skips the question with Escape, saving nothing, and leaves the date blank for a stage without a default', async () => {
    const moved = { ...acme, stage: 'Proposal sent', nextStage: 'Won' };
    const s = await sidebar.open(replies({ moveProspects: { value: { moved: 1, prospects: [moved] } } }));
    await s.page.getByLabel('Move to').selectOption('Proposal sent');
    await s.page.getByRole('button', { name: 'Move', exact: true }).click();
    const form = s.page.getByRole('form', { name: 'What happens next?' });
    await form.waitFor();
    expect(await form.getByLabel('Follow-up date').inputValue()).toBe('');
    expect(await form.getByRole('textbox', { name: 'Next step' }).inputValue()).toBe('Present the proposal on a call.');
    await s.page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    expect(await s.calls('saveNextStep')).toEqual([]);
    expect(await s.page.locator('.next-step').count()).toBe(1);
  });

  it('asks once for a whole batch and saves the step for every prospect moved', async () => {
    const moved = selectionThree.prospects.map((p) => ({ ...p, stage: 'Won', status: 'won' as const }));
    const s = await sidebar.open(
      replies({
        getSelection: { value: selectionThree },
        moveProspects: { value: { moved: 3, prospects: moved } },
        saveNextStep: { value: { saved: 3, nextStep: 'Ask for a referral', followUp: '' } },
      }),
    );
    await s.page.getByRole('button', { name: 'Mark as won' }).click();
    const form = s.page.getByRole('form', { name: 'What happens next?' });
    await form.getByText('For the 3 prospects just moved.').waitFor();
    await form.getByRole('textbox', { name: 'Next step' }).fill('Ask for a referral');
    await form.getByRole('button', { name: 'Save' }).click();
    await s.page.getByRole('status').getByText('Next step saved for 3 prospects.').waitFor();
    const [save] = await s.calls('saveNextStep');
    expect((save.args[0] as NextStepRequest).prospects.map((ref) => ref.row)).toEqual([7, 9, 12]);
  });
});

describe('the Today view', () => {
  it('opens first when something is due, with the count on its tab and the sections in order', async () => {
    const s = await sidebar.open(replies({ getToday: { value: today } }), { clock: true });
    const tab = s.page.getByRole('tab', { name: 'Today: 2 due' });
    await tab.waitFor();
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    expect(await tab.locator('.tab-count').innerText()).toBe('2');
    expect(await s.page.locator('.today-section h3').allInnerTexts()).toEqual(['Overdue (1)', 'Due today (1)', 'Stalled (1)', 'No next step (1)']);
    const overdue = s.page.locator('.today-section.overdue li');
    expect(await overdue.innerText()).toContain('Mar 10, 2025 · 2 days overdue');
    expect(await overdue.innerText()).toContain('090 123 4567');
    expect(await s.page.locator('.today-section.stalled li').innerText()).toContain('14 days in stage (limit 10 days)');
    expect(await s.page.getByText('Showing your prospects (Lan).').count()).toBe(1);
    // The Prospect view has not been asked for the selection: it is not shown.
    expect(await s.calls('getSelection')).toEqual([]);
    // Loaded once, at start, and shown without asking again.
    expect(await s.calls('getToday')).toHaveLength(1);
  });

  it('opens on Prospect when nothing is due, and Today still counts nothing on its tab', async () => {
    const s = await sidebar.open(replies());
    await s.page.getByRole('heading', { name: 'Acme Ltd' }).waitFor();
    expect(await s.page.getByRole('tab', { name: 'Today' }).getAttribute('aria-selected')).toBe('false');
    expect(await s.page.locator('.tab-count').count()).toBe(0);
  });

  it('starts on Prospect, silently, when Today cannot be read', async () => {
    const s = await sidebar.open(replies({ getToday: { error: 'No stage column found.' } }));
    await s.page.getByRole('heading', { name: 'Acme Ltd' }).waitFor();
    expect(await s.status()).toBe('');
    await s.tab('Today');
    await s.page.getByRole('status').getByText('No stage column found.').waitFor();
  });

  it('goes to a row, and "done → next step" saves the next one, then reads the list again', async () => {
    const s = await sidebar.open(
      replies({ getToday: { value: today }, goToRow: { value: null }, saveNextStep: { value: { saved: 1, nextStep: 'x', followUp: '2025-03-19' } } }),
      { clock: true },
    );
    await s.page.getByRole('button', { name: 'Go to row 7 (Acme Ltd)' }).click();
    await s.page.getByRole('status').getByText('Row 7 selected.').waitFor();
    expect((await s.calls('goToRow')).map((call) => call.args)).toEqual([[7]]);

    await s.page.getByRole('button', { name: 'Done: set the next step of Acme Ltd' }).click();
    const form = s.page.getByRole('form', { name: 'What happens next?' });
    const text = form.getByRole('textbox', { name: 'Next step' });
    expect(await text.inputValue()).toBe('Check the fit: budget, need, timing.');
    await text.fill('Send the brochure by Zalo');
    await form.getByLabel('Follow-up date').fill('2025-03-19');
    await text.press('Enter');
    await s.page.getByRole('status').getByText('Next step saved for Acme Ltd.').waitFor();
    const [save] = await s.calls('saveNextStep');
    expect(save.args[0]).toEqual({
      prospects: [{ row: 7, id: 'L-007', name: 'Acme Ltd', stage: 'Qualified' }],
      nextStep: 'Send the brochure by Zalo',
      followUp: '2025-03-19',
    });
    await s.waitForCalls('getToday', 2);
  });

  it('lists everyone’s on request, and asks once which owner the user is when it cannot tell', async () => {
    const s = await sidebar.open(replies({ getToday: { value: today } }));
    await s.page.getByRole('button', { name: 'Show everyone’s' }).click();
    await s.waitForCalls('getToday', 2);
    expect((await s.calls('getToday'))[1].args).toEqual([{ everyone: true }]);

    const stranger = await sidebar.open(
      replies({ getToday: { value: { ...today, me: null, mePicked: false, everyone: true } }, setMyName: { value: { name: 'Minh' } } }),
    );
    await stranger.page.getByText('Showing everyone’s prospects.').waitFor();
    await stranger.page.getByRole('combobox', { name: 'Which owner are you?' }).selectOption('Minh');
    await stranger.page.getByRole('button', { name: 'That’s me' }).click();
    await stranger.waitForCalls('getToday', 2);
    expect((await stranger.calls('setMyName')).map((call) => call.args)).toEqual([['Minh']]);
  });

  it('finds a prospect by phone and opens it in the Prospect view', async () => {
    const found: ProspectSearchResult = {
      query: '0901234567',
      hits: [{ row: 9, id: 'L-009', name: 'Binh Minh Co', stage: 'Contacted', owner: 'Lan', phone: '090 123 4567', email: '', by: 'phone' }],
      more: 0,
    };
    const s = await sidebar.open(replies({ getToday: { value: today }, searchProspects: { value: found }, goToRow: { value: null } }));
    const box = s.page.getByRole('searchbox', { name: 'Find a prospect' });
    await box.fill('0901234567');
    await box.press('Enter');
    const hit = s.page.getByRole('button', { name: 'Open Binh Minh Co (row 9)' });
    await hit.waitFor();
    expect(await s.page.locator('.search-results li').innerText()).toContain('by phone');
    expect(await focused(hit)).toBe(true);
    await hit.click();
    await s.page.getByRole('heading', { name: 'Acme Ltd' }).waitFor();
    expect((await s.calls('searchProspects')).map((call) => call.args)).toEqual([['0901234567']]);
    expect((await s.calls('goToRow')).map((call) => call.args)).toEqual([[9]]);
    expect(await s.page.getByRole('tab', { name: 'Prospect' }).getAttribute('aria-selected')).toBe('true');
  });

  it('says when nothing matches, and when nothing is due', async () => {
    const empty: TodayView = { ...today, counts: { overdue: 0, due: 0, stalled: 0, noNextStep: 0 }, items: [] };
    const s = await sidebar.open(replies({ getToday: { value: empty }, searchProspects: { value: { query: 'zz', hits: [], more: 0 } } }));
    await s.tab('Today');
    await s.page.getByText('Nothing due today. Every open prospect has a next step.').waitFor();
    await s.page.getByRole('searchbox', { name: 'Find a prospect' }).fill('zz');
    await s.page.getByRole('button', { name: 'Find' }).click();
    await s.page.getByText('No prospect matches “zz”.').waitFor();
  });

  it('speaks Vietnamese', async () => {
    const viItem = item({ name: 'Công ty Hoàng Gia', stage: 'Đã gặp trực tiếp', owner: 'Trang' });
    const s = await sidebar.open(
      {
        getSidebarState: { value: { ...stateVi, mapping: { ...stateVi.mapping, nextStep: 'Bước tiếp theo', followUp: 'Ngày hẹn' } } },
        getSelection: { value: selectionVi },
        getProspectHistory: { value: historyVi },
        getToday: { value: { ...today, me: 'Trang', items: [viItem], counts: { overdue: 1, due: 0, stalled: 0, noNextStep: 0 } } },
      },
      { clock: true },
    );
    await s.page.getByRole('tab', { name: 'Hôm nay: 1 việc đến hạn' }).waitFor();
    expect(await s.page.locator('.today-section h3').allInnerTexts()).toEqual(['Quá hạn (1)']);
    expect(await s.page.locator('.today-section li').innerText()).toContain('Quá hạn 2 ngày');
    await s.page.getByRole('button', { name: 'Xong: đặt việc tiếp theo cho Công ty Hoàng Gia' }).click();
    await s.page.getByRole('form', { name: 'Việc tiếp theo là gì?' }).waitFor();
    expect(await s.page.getByText('Enter để lưu, Esc để bỏ qua.').count()).toBe(1);
  });
});
