// The Setup view: edits stages, validates before saving, carries renames, starts from templates, maps columns.
import { findTemplate } from '../../src/core/templates';
import type { SaveSetupRequest } from '../../src/server/api';
import { setupEn, stateEn } from './fixtures';
import { useSidebar, type Replies } from './harness';

const sidebar = useSidebar();

const replies = (more: Replies = {}): Replies => ({
  getSidebarState: { value: { ...stateEn, view: 'setup' } },
  getSetup: { value: setupEn },
  saveSetup: { value: { stages: 7, renamedProspects: 30, invalidValues: 0 } },
  buildDashboard: { value: { sheet: 'Pipeline Dashboard' } },
  ...more,
});

/** Opens the card of a stage by its position (1-based). */
async function openStage(page: import('playwright-core').Page, position: number) {
  const card = page.locator('.stage-card').nth(position - 1);
  await card.locator('summary').click();
  return card;
}

describe('the Setup view', () => {
  it('maps the columns of another prospects sheet before saving it', async () => {
    const other = {
      ...setupEn,
      prospectsSheet: 'Leads 2027',
      sheets: ['Leads', 'Leads 2027'],
      headers: ['Khách hàng', 'Giai đoạn', 'Người phụ trách'],
      mapping: { prospect: 'Khách hàng', stage: 'Giai đoạn' },
    };
    const s = await sidebar.open(replies({ getSetup: [{ value: { ...setupEn, sheets: ['Leads', 'Leads 2027'] } }, { value: other }] }));
    await s.page.getByRole('combobox', { name: 'Prospects sheet' }).selectOption('Leads 2027');
    const owner = s.page.getByRole('combobox', { name: 'Owner' });
    await owner.locator('option', { hasText: 'Người phụ trách' }).waitFor({ state: 'attached' });
    expect((await s.calls('getSetup')).map((c) => c.args)).toEqual([[], ['Leads 2027']]);
    await owner.selectOption('Người phụ trách');
    await s.page.getByRole('button', { name: 'Save', exact: true }).click();
    const [save] = await s.calls('saveSetup');
    expect(save.args[0]).toMatchObject({
      prospectsSheet: 'Leads 2027',
      mapping: { prospect: 'Khách hàng', stage: 'Giai đoạn', owner: 'Người phụ trách' },
    });
  });

  it('refuses to save two won stages and says why', async () => {
    const s = await sidebar.open(replies());
    const card = await openStage(s.page, 5);
    await card.getByRole('combobox', { name: 'Kind' }).selectOption('won');
    await s.page.getByRole('button', { name: 'Save', exact: true }).click();
    const problems = s.page.getByRole('alert');
    await problems.waitFor();
    expect(await problems.innerText()).toContain('Only one stage can be the won stage (2: Proposal sent, Won).');
    expect(await s.calls('saveSetup')).toEqual([]);
    expect(await problems.evaluate((box) => box === document.activeElement)).toBe(true);
  });

  it('refuses empty and repeated names, and a pipeline without a moment of truth', async () => {
    const s = await sidebar.open(replies());
    const first = await openStage(s.page, 1);
    await first.getByRole('textbox', { name: 'Stage name' }).fill('Contacted');
    const fourth = await openStage(s.page, 4);
    await fourth.getByRole('combobox', { name: 'Kind' }).selectOption('lost');
    await s.page.getByRole('button', { name: 'Add stage' }).click();
    await s.page.getByRole('button', { name: 'Save', exact: true }).click();
    const text = await s.page.getByRole('alert').innerText();
    // A new stage goes after the last ordinary stage: here the fourth, now that the old fourth is a lost stage.
    expect(text).toContain('Stage 4 needs a name.');
    expect(text).toContain('Two stages are called “Contacted”.');
    // The moment of truth was the fourth stage; a lost stage cannot be one.
    expect(text).toContain('Choose the moment of truth: the step that leads to the sale.');
    expect(await s.calls('saveSetup')).toEqual([]);
  });

  it('saves the edited stages with their renames, offering to rename the prospects too', async () => {
    const s = await sidebar.open(replies());
    const card = await openStage(s.page, 3);
    await card.getByRole('textbox', { name: 'Stage name' }).fill('Qualified lead');
    const offer = s.page.getByRole('checkbox', { name: 'Also rename it in the prospects sheet (30 prospects)' });
    expect(await offer.isChecked()).toBe(true);
    await card.getByRole('spinbutton', { name: 'Win probability (%)' }).fill('25');
    await card.getByRole('checkbox', { name: 'Phone' }).check();
    await card.getByRole('button', { name: 'Move stage Qualified lead up' }).click();
    await s.screenshot('setup-rename-offer');
    await s.page.getByRole('button', { name: 'Save', exact: true }).click();
    await s.page.getByRole('status').getByText('Pipeline saved: 7 stages. Prospects renamed: 30.').waitFor();
    const [save] = await s.calls('saveSetup');
    const request = save.args[0] as SaveSetupRequest;
    expect(request.renames).toEqual([{ from: 'Qualified', to: 'Qualified lead' }]);
    expect(request.renameProspects).toBe(true);
    expect(request.mapping).toEqual(stateEn.mapping);
    expect(request.stages.map((stage) => stage.name)).toEqual([
      'New lead',
      'Qualified lead',
      'Contacted',
      'Appointment held',
      'Proposal sent',
      'Won',
      'Lost',
    ]);
    expect(request.stages[1]).toMatchObject({ probability: 0.25, exitCriteria: ['Owner', 'Next step', 'Phone'] });
    expect(request.stages[0]).toEqual(setupEn.stages[0]);
  });

  it('replaces the stages with a template only after confirming', async () => {
    const s = await sidebar.open(replies());
    const car = findTemplate('car-dealer', 'en');
    if (!car) throw new Error('The car dealer template is missing.');
    const picker = s.page.getByRole('combobox', { name: 'Start from template' });
    expect(await picker.locator('optgroup').evaluateAll((groups) => groups.map((group) => group.getAttribute('label')))).toEqual([
      'English',
      'Vietnamese',
    ]);
    await picker.selectOption({ label: car.title });
    await s.page.getByRole('button', { name: 'Use', exact: true }).click();
    expect(await s.page.locator('.stage-card').count()).toBe(7);
    await s.page.getByRole('button', { name: 'Replace stages' }).click();
    const titles = await s.page.locator('.stage-card summary').allInnerTexts();
    expect(titles.map((title) => title.replace(/^\d+\. | ·.*| ★/g, ''))).toEqual(car.stages.map((stage) => stage.name));
    expect(titles.find((title) => title.includes('Test drive'))).toMatch(/★$/);
    expect(titles.find((title) => title.includes('Car delivered'))).toBe(`${car.stages.length - 1}. Car delivered · Won · 100%`);
    // "Lost" is in the template too, so only its other stages' prospects are asked about; with no stage of the old
    // pipeline left, each stays where it is unless the user picks a stage.
    const orphans = s.page.locator('.notice', { hasText: 'Removed stages that still hold prospects' });
    const pickers = orphans.getByRole('combobox');
    expect(await orphans.locator('label').allInnerTexts()).toEqual([
      'Move the 40 prospects in “New lead” to',
      'Move the 35 prospects in “Contacted” to',
      'Move the 30 prospects in “Qualified” to',
      'Move the 20 prospects in “Appointment held” to',
      'Move the 15 prospects in “Proposal sent” to',
      'Move the 30 prospects in “Won” to',
    ]);
    expect(await pickers.evaluateAll((list) => list.map((picker) => (picker as HTMLSelectElement).value))).toEqual(Array(6).fill(''));
  });

  it('maps columns and builds the dashboard', async () => {
    const s = await sidebar.open(replies());
    await s.page.getByRole('combobox', { name: 'Customer' }).selectOption('Next step');
    await s.page.getByRole('combobox', { name: 'Owner' }).selectOption('');
    await s.page.getByRole('button', { name: 'Save', exact: true }).click();
    await s.page.getByRole('status').getByText('Pipeline saved').waitFor();
    const [save] = await s.calls('saveSetup');
    const { owner, ...rest } = stateEn.mapping;
    expect(owner).toBe('Owner');
    // "" says the sheet has no owner column, so the server does not guess one.
    expect((save.args[0] as SaveSetupRequest).mapping).toEqual({ ...rest, owner: '', customer: 'Next step' });
    await s.page.getByRole('button', { name: 'Build dashboard' }).click();
    await s.page.getByRole('status').getByText('Dashboard ready in “Pipeline Dashboard”.').waitFor();
  });
});
