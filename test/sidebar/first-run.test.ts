// The first minute and the changes that could lose how far a prospect got, as the user sees them in the sidebar.
import { proposeTemplate } from '../../src/core/template-fit';
import { findTemplate } from '../../src/core/templates';
import type { SaveSetupRequest, SetupProposal, SidebarState } from '../../src/server/api';
import { proposalView } from '../../src/server/proposal';
import { acme, historyAcme, prospect, selectionOf, setupEn, stateEn, stateVi } from './fixtures';
import { useSidebar, type Replies } from './harness';

const sidebar = useSidebar();

const dealerProposal: SetupProposal = {
  templateId: 'car-dealer',
  locale: 'vi',
  title: 'Đại lý ô tô',
  counts: [
    { stage: 'Khách hỏi xe', count: 80 },
    { stage: 'Lái thử', count: 45 },
    { stage: 'Đã đặt cọc', count: 0 },
  ],
  unmatched: [{ value: 'Closed Won', count: 25 }],
  moreUnmatched: 0,
  rows: 150,
};

const noStatus: SidebarState = {
  ...stateEn,
  mapping: { ...stateEn.mapping, status: undefined },
  statusOffer: { state: 'offer', header: 'Status', column: 'K' },
};

describe('the first minute', () => {
  it('prompts a Vietnamese dealer to set up, shows what the proposal would read, and starts the picker on it', async () => {
    const s = await sidebar.open({
      getSidebarState: { value: { ...stateVi, proposal: dealerProposal } },
      getSelection: { value: selectionOf() },
      getSetup: { value: { ...setupEn, proposal: dealerProposal } },
    });
    const prompt = s.page.getByRole('region', { name: 'Thiết lập kênh bán hàng' });
    await prompt.waitFor();
    expect(await prompt.innerText()).toContain('150 giá trị giai đoạn của bạn khớp nhất với “Đại lý ô tô”');
    await prompt.getByRole('button', { name: 'Thiết lập ngay' }).click();
    const summary = s.page.getByRole('region', { name: 'Stagecoach sẽ đọc các giai đoạn của bạn như sau' });
    await summary.waitFor();
    // Stages no row uses are not listed; values no stage reads are.
    expect(await summary.locator('.proposal-counts li').allInnerTexts()).toEqual([
      'Khách hỏi xe: 80 khách hàng tiềm năng',
      'Lái thử: 45 khách hàng tiềm năng',
    ]);
    expect(await summary.locator('.proposal-unmatched li').allInnerTexts()).toEqual(['“Closed Won”: 25 khách hàng tiềm năng']);
    // On Setup the prompt gives way to the summary, and the template picker starts on the proposal.
    expect(await s.page.getByRole('region', { name: 'Thiết lập kênh bán hàng' }).count()).toBe(0);
    expect(await s.page.getByRole('combobox', { name: 'Bắt đầu từ mẫu có sẵn' }).inputValue()).toBe('car-dealer|vi');
    expect(await s.calls('saveSetup')).toEqual([]);
  });
});

describe("a proposal's playbooks, which Code.js leaves to the sidebar", () => {
  // The proposal as the server builds it: the car-dealer template's stages, without their buyer steps and playbooks.
  const fit = proposeTemplate(['Test drive', 'Test drive', 'Enquiry'], 'en');
  const proposal = proposalView(fit);
  const template = findTemplate('car-dealer', 'en')!;
  const testDrive = template.stages.find((stage) => stage.name === 'Test drive')!;
  const replies: Replies = {
    getSidebarState: { value: { ...stateEn, stages: fit.stages, proposal } },
    getSelection: { value: selectionOf(prospect({ stage: 'Test drive', nextStage: 'Quote & trade-in', stalled: false })) },
    getProspectHistory: { value: { ...historyAcme, stalled: false } },
    getSetup: { value: { ...setupEn, stages: fit.stages, proposal, stageCounts: { 'Test drive': 2, Enquiry: 1 } } },
    saveSetup: { value: { stages: template.stages.length, renamedProspects: 0, invalidValues: 0 } },
  };

  it("shows the template's playbook and buyer step before the setup is saved, and Save keeps them", async () => {
    expect(proposal).toMatchObject({ templateId: 'car-dealer', locale: 'en' });
    expect(fit.stages.map((stage) => stage.playbook + stage.buyerStep).join('')).toBe('');
    const s = await sidebar.open(replies);
    await s.page.getByRole('heading', { name: 'Acme Ltd' }).waitFor();
    expect(await s.page.locator('.playbook .multiline').textContent()).toBe(testDrive.playbook);
    expect(await s.page.locator('.playbook .buyer').textContent()).toContain(testDrive.buyerStep);
    await s.page.getByRole('region', { name: 'Set up your pipeline' }).getByRole('button', { name: 'Set up pipeline' }).click();
    await s.page.getByRole('button', { name: 'Save', exact: true }).click();
    await s.waitForCalls('saveSetup', 1);
    const request = (await s.calls('saveSetup'))[0].args[0] as SaveSetupRequest;
    expect(request.stages.map(({ name, buyerStep, playbook }) => ({ name, buyerStep, playbook }))).toEqual(
      template.stages.map(({ name, buyerStep, playbook }) => ({ name, buyerStep, playbook })),
    );
  });
});

describe('Won and Lost on a sheet without a Status column', () => {
  const replies = (more: Replies = {}): Replies => ({
    getSidebarState: [{ value: noStatus }, { value: { ...stateEn, statusOffer: null } }],
    getSelection: { value: selectionOf(acme) },
    getProspectHistory: { value: historyAcme },
    addStatusColumn: { value: { header: 'Status', column: 'K', added: true } },
    declineStatusColumn: { value: null },
    moveProspects: { value: { moved: 1, prospects: [{ ...acme, status: 'won' }] } },
    ...more,
  });

  it('offers the column before the first Won, adds it, then marks the prospect won', async () => {
    const s = await sidebar.open(replies());
    await s.page.getByRole('button', { name: 'Mark as won' }).click();
    const offer = s.page.getByRole('alert').filter({ hasText: 'Add a Status column first?' });
    expect(await offer.innerText()).toContain('moment of truth → sale goes up when you lose a deal');
    expect(await offer.innerText()).toContain('added as column K keeps the stage');
    expect(await s.calls('moveProspects')).toEqual([]);
    await offer.getByRole('button', { name: 'Add Status column' }).click();
    await s.waitForCalls('moveProspects', 1);
    expect((await s.calls('moveProspects'))[0].args[0]).toMatchObject({ action: { kind: 'won' } });
    // The column first, then the move, which the server now writes as a status (the stage stays).
    const order = (await s.calls()).map((c) => c.name).filter((name) => name === 'addStatusColumn' || name === 'moveProspects');
    expect(order).toEqual(['addStatusColumn', 'moveProspects']);
  });

  it('remembers a no, then opens the reason form with what Lost will do to the figures', async () => {
    const s = await sidebar.open(
      replies({ getSidebarState: [{ value: noStatus }, { value: { ...noStatus, statusOffer: { ...noStatus.statusOffer!, state: 'declined' } } }] }),
    );
    await s.page.getByRole('button', { name: 'Mark as lost' }).click();
    await s.page.getByRole('button', { name: 'No, replace the stage' }).click();
    await s.page.getByRole('textbox', { name: 'Why was it lost?' }).waitFor();
    expect(await s.calls('declineStatusColumn')).toHaveLength(1);
    await s.page.getByText('No Status column: Lost replaces the stage, so the prospect drops out of moment of truth → sale').waitFor();
    expect(await s.page.getByRole('alert').filter({ hasText: 'Add a Status column first?' }).count()).toBe(0);
  });
});

describe('a prospect lost without a reason', () => {
  it('asks for the reason in the field Lost uses, and saves that cell for that prospect', async () => {
    const lost = prospect({ stage: 'Lost', status: 'lost', lostWithoutReason: true, nextStage: null });
    const s = await sidebar.open({
      getSidebarState: { value: stateEn },
      getSelection: [{ value: selectionOf(lost) }, { value: selectionOf({ ...lost, lostWithoutReason: false }) }],
      getProspectHistory: { value: historyAcme },
      saveLostReason: { value: { ...lost, lostWithoutReason: false } },
    });
    const form = s.page.locator('form', { hasText: 'Lost without a reason. Why was it lost?' });
    await form.getByRole('button', { name: 'Save reason' }).click();
    await form.getByText('Enter a reason to mark it lost.').waitFor();
    expect(await s.calls('saveLostReason')).toEqual([]);
    await form.getByRole('textbox', { name: 'Why was it lost?' }).fill('Bought elsewhere');
    await form.getByRole('button', { name: 'Save reason' }).click();
    await s.page.getByRole('status').getByText('Lost reason saved for Acme Ltd.').waitFor();
    expect((await s.calls('saveLostReason'))[0].args[0]).toEqual({
      prospect: { row: 7, id: 'L-007', name: 'Acme Ltd', stage: 'Lost' },
      reason: 'Bought elsewhere',
    });
    await form.waitFor({ state: 'detached' });
  });
});

describe('removing and reordering stages in Setup', () => {
  const setupReplies = (): Replies => ({
    getSidebarState: { value: { ...stateEn, view: 'setup' } },
    getSetup: { value: setupEn },
    saveSetup: { value: { stages: 6, renamedProspects: 0, invalidValues: 0, movedProspects: 30 } },
  });

  it('asks where the prospects of a removed stage go, defaulting to the stage before it, and sends the move', async () => {
    const s = await sidebar.open(setupReplies());
    const card = s.page.locator('.stage-card').nth(2); // Qualified: 30 prospects
    await card.locator('summary').click();
    await card.getByRole('button', { name: /Remove/ }).click();
    const picker = s.page.getByRole('combobox', { name: 'Move the 30 prospects in “Qualified” to' });
    expect(await picker.inputValue()).toBe('Contacted');
    await picker.selectOption('Appointment held');
    await s.page.getByRole('button', { name: 'Save', exact: true }).click();
    await s.page.getByRole('status').getByText('Prospects moved: 30.').waitFor();
    expect((await s.calls('saveSetup'))[0].args[0]).toMatchObject({ moves: [{ from: 'Qualified', to: 'Appointment held' }] });
  });

  it('notes, without blocking the save, that reordered stages change the funnel and where probabilities fall', async () => {
    const s = await sidebar.open(setupReplies());
    const card = s.page.locator('.stage-card').nth(4); // Proposal sent, 60%
    await card.locator('summary').click();
    await card.getByRole('button', { name: 'Move stage Proposal sent up' }).click();
    const note = s.page.locator('.reorder-note');
    expect(await note.innerText()).toContain('Stages reordered: the funnel and the probabilities learned from Stage History follow the new order');
    expect(await note.innerText()).toContain('Proposal sent 60% → Appointment held 40%');
    await s.page.getByRole('button', { name: 'Save', exact: true }).click();
    await s.waitForCalls('saveSetup', 1);
  });
});
