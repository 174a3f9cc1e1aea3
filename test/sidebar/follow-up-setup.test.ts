// The Setup view's follow-up parts: each stage's "Follow up after (days)", and the offer to add the follow-up columns.
import type { AddColumnsResult, SaveSetupRequest } from '../../src/server/api';
import { headersEn, setupEn, setupVi, stateEn, stateVi } from './fixtures';
import { useSidebar, type Replies } from './harness';

const sidebar = useSidebar();

const replies = (more: Replies = {}): Replies => ({
  getSidebarState: { value: { ...stateEn, view: 'setup' } },
  getSetup: { value: setupEn },
  saveSetup: { value: { stages: 7, renamedProspects: 0, invalidValues: 0 } },
  ...more,
});

async function openStage(page: import('playwright-core').Page, position: number) {
  const card = page.locator('.stage-card').nth(position - 1);
  await card.locator('summary').click();
  return card;
}

describe('a stage’s follow-up default', () => {
  it('is edited beside the stall limit and saved with the stage; blank saves none', async () => {
    const s = await sidebar.open(replies());
    const card = await openStage(s.page, 2);
    const days = card.getByRole('spinbutton', { name: 'Follow up after (days)' });
    await days.fill('3');
    const first = await openStage(s.page, 1);
    await first.getByRole('spinbutton', { name: 'Follow up after (days)' }).fill('');
    await s.page.getByRole('button', { name: 'Save', exact: true }).click();
    await s.waitForCalls('saveSetup', 1);
    const [save] = await s.calls('saveSetup');
    const stages = (save.args[0] as SaveSetupRequest).stages;
    expect(stages[1]).toMatchObject({ name: setupEn.stages[1].name, followUpDays: 3 });
    expect(stages[0].followUpDays).toBeNull();
  });

  it('refuses a number of days that is not whole, saying which stage, under the field', async () => {
    const s = await sidebar.open(replies());
    const card = await openStage(s.page, 3);
    const days = card.getByRole('spinbutton', { name: 'Follow up after (days)' });
    await days.fill('1.5');
    await s.page.getByRole('button', { name: 'Save', exact: true }).click();
    const message = `The follow-up default of “${setupEn.stages[2].name}” must be a whole number of days (0 or more), or blank for none.`;
    expect(await s.page.getByRole('alert').innerText()).toContain(message);
    expect(await days.getAttribute('aria-invalid')).toBe('true');
    expect(await s.calls('saveSetup')).toEqual([]);
  });

  it('is labelled in Vietnamese for a Vietnamese user', async () => {
    const s = await sidebar.open({ getSidebarState: { value: { ...stateVi, view: 'setup' } }, getSetup: { value: setupVi } });
    const card = await openStage(s.page, 1);
    await card.getByRole('spinbutton', { name: 'Hẹn liên hệ sau (ngày)' }).waitFor();
  });
});

describe('the offer to add the follow-up columns', () => {
  const added: AddColumnsResult = {
    sheet: 'Leads',
    added: ['Follow-up date'],
    headers: [...headersEn, 'Follow-up date'],
    mapping: { nextStep: 'Next step', followUp: 'Follow-up date' },
  };

  it('names the missing columns, adds them in one call, then maps them without losing the edits', async () => {
    const s = await sidebar.open(replies({ addFollowUpColumns: { value: added } }));
    const card = await openStage(s.page, 1);
    await card.getByRole('textbox', { name: 'Stage name' }).fill('Fresh lead');
    const offer = s.page.getByText('“Leads” has no Next step and Follow-up date columns.', { exact: false });
    await offer.waitFor();
    await s.page.getByRole('button', { name: 'Add Next step and Follow-up date' }).click();
    await s.page.getByRole('status').getByText('Added Follow-up date to “Leads”.', { exact: false }).waitFor();
    expect(await s.calls('addFollowUpColumns')).toHaveLength(1);
    expect(await offer.count()).toBe(0);
    expect(await s.page.getByRole('combobox', { name: 'Follow-up date' }).inputValue()).toBe('Follow-up date');
    expect(await s.page.getByRole('combobox', { name: 'Next step' }).inputValue()).toBe('Next step');
    // The stage renamed before adding is still renamed, and saved with the new mapping.
    expect(await s.page.locator('.stage-card').first().locator('summary').innerText()).toContain('Fresh lead');
    await s.page.getByRole('button', { name: 'Save', exact: true }).click();
    await s.waitForCalls('saveSetup', 1);
    const [save] = await s.calls('saveSetup');
    expect((save.args[0] as SaveSetupRequest).mapping).toMatchObject({ nextStep: 'Next step', followUp: 'Follow-up date' });
  });

  it('drops the last save’s notes the columns answered and reloads the state the other views read the columns from', async () => {
    const warning = 'Stage "Contacted": the exit criterion "Next step" names no column of the sheet, so it is not checked.';
    const s = await sidebar.open(
      replies({
        saveSetup: { value: { stages: 7, renamedProspects: 0, invalidValues: 0, warnings: [warning] } },
        addFollowUpColumns: { value: added },
      }),
    );
    await s.page.getByRole('button', { name: 'Save', exact: true }).click();
    await s.page.getByText(warning).waitFor();
    const before = (await s.calls('getSidebarState')).length;
    await s.page.getByRole('button', { name: 'Add Next step and Follow-up date' }).click();
    await s.waitForCalls('getSidebarState', before + 1);
    await s.page.getByText(warning).waitFor({ state: 'detached' });
  });

  it('drops the last save’s notes once the user leaves Setup (Check may have fixed the cells they count)', async () => {
    const s = await sidebar.open(replies({ saveSetup: { value: { stages: 7, renamedProspects: 0, invalidValues: 27, warnings: [] } } }));
    await s.page.getByRole('button', { name: 'Save', exact: true }).click();
    const note = s.page.getByText('Cells whose stage or status is not valid: 27.');
    await note.waitFor();
    await s.page.getByRole('tab', { name: 'Pipeline' }).click();
    await s.page.getByRole('tab', { name: 'Setup' }).click();
    await note.waitFor({ state: 'detached' });
  });

  it('is not shown when the sheet has both columns', async () => {
    const both = { ...setupEn, mapping: { ...setupEn.mapping, nextStep: 'Next step', followUp: 'Due' }, headers: [...headersEn, 'Due'] };
    const s = await sidebar.open(replies({ getSetup: { value: both } }));
    await s.page.getByRole('button', { name: 'Save', exact: true }).waitFor();
    expect(await s.page.getByRole('button', { name: /^Add Next step|^Add Follow-up/ }).count()).toBe(0);
  });

  it('is withdrawn while another sheet is chosen as the prospects sheet, since the columns would go to the saved one', async () => {
    const other = {
      ...setupEn,
      prospectsSheet: 'Leads 2027',
      sheets: ['Leads', 'Leads 2027'],
      headers: ['Name', 'Stage'],
      mapping: { prospect: 'Name', stage: 'Stage' },
    };
    const s = await sidebar.open(replies({ getSetup: [{ value: { ...setupEn, sheets: ['Leads', 'Leads 2027'] } }, { value: other }] }));
    const offer = s.page.getByRole('button', { name: 'Add Next step and Follow-up date' });
    await offer.waitFor();
    await s.page.getByRole('combobox', { name: 'Prospects sheet' }).selectOption('Leads 2027');
    await s.waitForCalls('getSetup', 2);
    await s.page.getByRole('combobox', { name: 'Owner' }).waitFor();
    expect(await offer.count()).toBe(0);
  });

  it('speaks Vietnamese, naming the headers it will write', async () => {
    const s = await sidebar.open({ getSidebarState: { value: { ...stateVi, view: 'setup' } }, getSetup: { value: setupVi } });
    await s.page.getByText('“Khách hàng” chưa có cột Việc tiếp theo và Ngày hẹn.', { exact: false }).waitFor();
    await s.page.getByRole('button', { name: 'Thêm Việc tiếp theo và Ngày hẹn' }).waitFor();
  });

  it('shows the server’s refusal in the status area and keeps the offer', async () => {
    const s = await sidebar.open(replies({ addFollowUpColumns: { error: 'Another change is being saved. Try again in a moment.' } }));
    await s.page.getByRole('button', { name: 'Add Next step and Follow-up date' }).click();
    await s.page.getByRole('status').getByText('Another change is being saved.', { exact: false }).waitFor();
    expect(await s.page.getByRole('button', { name: 'Add Next step and Follow-up date' }).isEnabled()).toBe(true);
  });
});
