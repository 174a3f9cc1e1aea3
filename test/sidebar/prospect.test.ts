// The Prospect view: follows the selection, shows stage, playbook and history, and moves prospects in one batch.
import type { MoveRequest } from '../../src/server/api';
import { acme, historyAcme, prospect, selectionOf, selectionOne, selectionThree, stateEn } from './fixtures';
import { useSidebar, type Replies } from './harness';

const sidebar = useSidebar();

const replies = (more: Replies = {}): Replies => ({
  getSidebarState: { value: stateEn },
  getSelection: { value: selectionOne },
  getProspectHistory: { value: historyAcme },
  ...more,
});

const movedAcme = (stage: string, status: 'open' | 'won' | 'lost' = 'open') => ({
  value: { moved: 1, prospects: [{ ...acme, stage, status, daysInStage: 0, stalled: false }] },
});

describe('the Prospect view', () => {
  it('shows the selected prospect, its stage, days in stage and the playbook of its stage', async () => {
    const { page, errors } = await sidebar.open(replies());
    await page.getByRole('heading', { name: 'Acme Ltd' }).waitFor();
    const stepper = page.getByRole('list', { name: 'Pipeline stages' });
    expect(await stepper.locator('.step-name').allInnerTexts()).toEqual([
      'New lead',
      'Contacted',
      'Qualified',
      'Appointment held',
      'Proposal sent',
      'Won',
    ]);
    expect(await stepper.locator('[aria-current="step"] .step-name').innerText()).toBe('Qualified');
    const moment = stepper.locator('li', { hasText: 'Appointment held' });
    expect(await moment.locator('.star').innerText()).toBe('★');
    expect(await moment.textContent()).toContain('(Moment of truth)');
    expect(await page.locator('.facts').innerText()).toContain('12 days');
    const playbook = page.locator('.playbook .multiline');
    expect(await playbook.textContent()).toBe('Check the fit: budget, need, timing.\nConfirm the appointment by email the day before.');
    expect(await page.getByRole('button', { name: 'Advance to Appointment held' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('shows the days in stage and the stall that the history answer gives when the selection has none', async () => {
    const { page } = await sidebar.open(
      replies({
        getSelection: { value: selectionOf(prospect({ daysInStage: null, stalled: false })) },
        getProspectHistory: { value: { ...historyAcme, daysInStage: 15, stalled: true } },
      }),
    );
    await page.getByRole('heading', { name: 'Acme Ltd' }).waitFor();
    await page.locator('.facts', { hasText: '15 days' }).waitFor();
    await page.getByText('Stalled: longer').waitFor();
  });

  it('never shows a lost prospect as stalled, however long it has been in its stage', async () => {
    const { page } = await sidebar.open(
      replies({
        getSelection: { value: selectionOf(prospect({ status: 'lost', daysInStage: 40, stalled: false, nextStage: 'Appointment held' })) },
      }),
    );
    await page.locator('.facts', { hasText: '40 days' }).waitFor();
    expect(await page.getByText('Stalled: longer').count()).toBe(0);
  });

  it('says history is matched by name when the sheet has no ID column', async () => {
    const noId = { ...stateEn, mapping: { ...stateEn.mapping, id: undefined } };
    const { page } = await sidebar.open(replies({ getSidebarState: { value: noId } }));
    await page.getByText('history is matched by name').waitFor();
    const withId = await sidebar.open(replies());
    await withId.page.locator('.history-list').waitFor();
    expect(await withId.page.getByText('history is matched by name').count()).toBe(0);
  });

  it('lists the missing exit criteria as a warning', async () => {
    const { page } = await sidebar.open(replies({ getSelection: { value: selectionOf(prospect({ missingExitCriteria: ['Value', 'Next step'] })) } }));
    const warning = page.locator('.notice.warning', { hasText: 'Fill in before leaving this stage' });
    await warning.waitFor();
    expect(await warning.locator('li').allInnerTexts()).toEqual(['Value', 'Next step']);
  });

  it('sends Advance as one moveProspects call with the selected prospect and shows what changed', async () => {
    const s = await sidebar.open(replies({ moveProspects: movedAcme('Appointment held') }));
    await s.page.getByRole('button', { name: 'Advance to Appointment held' }).click();
    await s.page.getByText('What changed').waitFor();
    const [move] = await s.calls('moveProspects');
    expect(move.args).toEqual([{ prospects: [{ row: 7, id: 'L-007', name: 'Acme Ltd', stage: 'Qualified' }], action: { kind: 'advance' } }]);
    expect(await s.page.locator('.notice.success li').innerText()).toBe('Acme Ltd: Qualified → Appointment held');
    expect(await s.status()).toBe('Acme Ltd moved.');
    // After a move the selection and the history are read again.
    await s.waitForCalls('getProspectHistory', 2);
  });

  it('requires a reason before marking a prospect lost', async () => {
    const s = await sidebar.open(replies({ moveProspects: movedAcme('Qualified', 'lost') }));
    await s.page.getByRole('button', { name: 'Mark as lost' }).click();
    const reason = s.page.getByRole('textbox', { name: 'Why was it lost?' });
    expect(await reason.evaluate((input) => input === document.activeElement)).toBe(true);
    await s.page.locator('form').getByRole('button', { name: 'Mark as lost' }).click();
    await s.page.getByText('Enter a reason to mark it lost.').waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await s.calls('moveProspects')).toEqual([]);

    await reason.fill('Chose a cheaper supplier');
    await reason.press('Enter');
    await s.page.getByText('What changed').waitFor();
    const [move] = await s.calls('moveProspects');
    expect((move.args[0] as MoveRequest).action).toEqual({ kind: 'lost', reason: 'Chose a cheaper supplier' });
  });

  it('closes the reason field with Escape and gives focus back to Lost', async () => {
    const s = await sidebar.open(replies());
    await s.page.getByRole('button', { name: 'Mark as lost' }).click();
    await s.page.getByRole('textbox', { name: 'Why was it lost?' }).press('Escape');
    expect(await s.page.getByRole('textbox', { name: 'Why was it lost?' }).count()).toBe(0);
    const lost = s.page.getByRole('button', { name: 'Mark as lost' });
    expect(await lost.getAttribute('aria-expanded')).toBe('false');
    expect(await lost.evaluate((button) => button === document.activeElement)).toBe(true);
  });

  it('shows a failed poll in the status area and clears it once the selection reads again', async () => {
    const s = await sidebar.open(replies({ getSelection: [{ error: 'Service Spreadsheets timed out.' }, { value: selectionOne }] }), { clock: true });
    await s.page.getByRole('status').getByText('Service Spreadsheets timed out.').waitFor();
    await s.advance(1500);
    await s.page.getByRole('heading', { name: 'Acme Ltd' }).waitFor();
    expect(await s.status()).toBe('');
  });

  it('fails a reply google.script.run could not carry (a Date) as Apps Script would, and says so', async () => {
    const s = await sidebar.open(replies({ getSelection: { value: { ...selectionOne, readAt: new Date() } } }));
    await s.page
      .getByRole('status')
      .getByText(/cannot send a Date \(the reply of getSelection\.readAt\)/)
      .waitFor();
  });

  it('applies an action to every selected prospect in one call', async () => {
    const s = await sidebar.open(
      replies({
        getSelection: { value: selectionThree },
        moveProspects: { value: { moved: 3, prospects: selectionThree.prospects.map((p) => ({ ...p, status: 'won', stage: 'Won' })) } },
      }),
    );
    await s.page.getByRole('heading', { name: '3 prospects selected' }).waitFor();
    expect(await s.page.locator('.selected-list li').count()).toBe(3);
    await s.page.getByRole('button', { name: 'Mark as won' }).click();
    await s.page.getByText('What changed').waitFor();
    const moves = await s.calls('moveProspects');
    expect(moves).toHaveLength(1);
    expect(moves[0].args).toEqual([
      {
        prospects: [
          { row: 7, id: 'L-007', name: 'Acme Ltd', stage: 'Qualified' },
          { row: 9, id: 'L-009', name: 'Binh Minh Co', stage: 'Contacted' },
          { row: 12, id: 'L-012', name: 'Cuu Long Foods', stage: 'Proposal sent' },
        ],
        action: { kind: 'won' },
      },
    ]);
    expect(await s.status()).toBe('3 prospects moved.');
    expect(await s.calls('getProspectHistory')).toEqual([]);
  });

  it('moves to the stage chosen in "Move to"', async () => {
    const s = await sidebar.open(replies({ moveProspects: movedAcme('Proposal sent') }));
    await s.page.getByRole('combobox', { name: 'Move to' }).selectOption('Proposal sent');
    await s.page.getByRole('button', { name: 'Move', exact: true }).click();
    await s.page.getByText('What changed').waitFor();
    const [move] = await s.calls('moveProspects');
    expect((move.args[0] as MoveRequest).action).toEqual({ kind: 'move', stage: 'Proposal sent' });
  });

  it('offers "Move anyway" when exit criteria are missing and resends with force', async () => {
    const refused = 'Fill in Next step before Acme Ltd leaves Qualified.';
    const s = await sidebar.open(
      replies({
        getSelection: { value: selectionOf(prospect({ missingExitCriteria: ['Next step'] })) },
        moveProspects: [{ value: { moved: 0, prospects: [], blocked: { message: refused } } }, movedAcme('Appointment held')],
      }),
    );
    await s.page.getByRole('button', { name: 'Advance to Appointment held' }).click();
    await s.page.getByRole('alert').getByText(refused).waitFor();
    const anyway = s.page.getByRole('button', { name: 'Move anyway' });
    expect(await anyway.evaluate((button) => button === document.activeElement)).toBe(true);
    await anyway.click();
    await s.page.getByText('What changed').waitFor();
    const moves = await s.calls('moveProspects');
    expect(moves.map((move) => (move.args[0] as MoveRequest).force)).toEqual([undefined, true]);
  });

  it('says what a prospect typed past its exit criteria moved without', async () => {
    const { page } = await sidebar.open(replies({ getSelection: { value: selectionOf(prospect({ movedWithout: ['Giá trị (VNĐ)', 'Owner'] })) } }));
    await page.getByText('Moved without: Giá trị (VNĐ), Owner').waitFor();
  });

  it('after a batch move, lists the prospects held back with why and moves only those with "Move these anyway"', async () => {
    const [acmeRow, binh, cuu] = selectionThree.prospects;
    const message = 'Before leaving "Proposal sent", fill in: Value (Cuu Long Foods).';
    const s = await sidebar.open(
      replies({
        getSelection: { value: selectionThree },
        moveProspects: [
          {
            value: {
              moved: 1,
              prospects: [{ ...binh, stage: 'Qualified', daysInStage: 0 }],
              blocked: { message },
              heldBack: [
                { row: acmeRow.row, name: acmeRow.name, reason: 'Acme Ltd is won already.', criteria: false },
                { row: cuu.row, name: cuu.name, reason: 'exit criteria empty: Value', criteria: true },
              ],
            },
          },
          { value: { moved: 1, prospects: [{ ...cuu, stage: 'Won', status: 'won', daysInStage: 0 }] } },
        ],
      }),
    );
    await s.page.getByRole('button', { name: 'Mark as won' }).click();
    await s.page.getByRole('heading', { name: 'Not moved: 2' }).waitFor();
    await s.page.getByText('Cuu Long Foods: exit criteria empty: Value').waitFor();
    await s.page.getByText('Acme Ltd: Acme Ltd is won already.').waitFor();
    expect(await s.status()).toBe('Moved 1 of 3 prospects.');
    await s.page.getByRole('button', { name: 'Move these 1 anyway' }).click();
    await s.page.getByRole('status').getByText('Cuu Long Foods moved.').waitFor();
    const moves = (await s.calls('moveProspects')).map((move) => move.args[0] as MoveRequest);
    expect(moves.map((move) => [move.prospects.map((p) => p.row), move.force])).toEqual([
      [[acmeRow.row, binh.row, cuu.row], undefined],
      [[cuu.row], true],
    ]);
  });

  it('does not offer "Move anyway" when a move fails for another reason', async () => {
    const busyMessage = 'Someone else is changing the pipeline right now. Try again in a moment.';
    const s = await sidebar.open(
      replies({
        getSelection: { value: selectionOf(prospect({ missingExitCriteria: ['Next step'] })) },
        moveProspects: { error: busyMessage },
      }),
    );
    await s.page.getByRole('button', { name: 'Advance to Appointment held' }).click();
    await s.page.getByRole('status').getByText(busyMessage).waitFor();
    expect(await s.page.getByRole('button', { name: 'Move anyway' }).count()).toBe(0);
  });

  it('shows a server error plainly in the status area', async () => {
    const message = 'Row 7 no longer holds Acme Ltd: the sheet was sorted. Select the prospect again.';
    const s = await sidebar.open(replies({ moveProspects: { error: message } }));
    await s.page.getByRole('button', { name: 'Advance to Appointment held' }).click();
    await s.page.getByRole('status').getByText(message).waitFor();
    expect(s.dialogs).toEqual([]);
  });

  it('shows the latest history entries, newest first, read once per selected prospect', async () => {
    const s = await sidebar.open(replies(), { clock: true });
    const entries = s.page.locator('.history-list li');
    await entries.first().waitFor();
    expect(await entries.first().innerText()).toContain('Contacted → Qualified');
    expect(await entries.first().innerText()).toContain('Budget confirmed');
    expect(await entries.first().locator('.when').innerText()).toMatch(/^Mar 10, 2025, 4:05\sPM$/);
    expect(await entries.last().innerText()).toContain('New lead');
    // Two more polls find the same prospect: its history is not read again.
    await s.advance(3000);
    expect(await s.calls('getSelection')).toHaveLength(3);
    expect(await s.calls('getProspectHistory')).toEqual([{ name: 'getProspectHistory', args: [7] }]);
  });

  it('renders a prospect named like HTML as literal text and runs none of it', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const s = await sidebar.open(
      replies({
        getSelection: { value: selectionOf(prospect({ name: hostile, owner: '<b>Lan</b>', missingExitCriteria: ['<script>alert(2)</script>'] })) },
        getProspectHistory: { value: { ...historyAcme, entries: [{ ...historyAcme.entries[0], note: '<iframe src="javascript:alert(3)">' }] } },
      }),
    );
    await s.page.getByRole('heading', { name: hostile }).waitFor();
    await s.page.locator('.history-list li').first().waitFor();
    expect(await s.page.locator('.prospect-name').textContent()).toBe(hostile);
    expect(await s.page.locator('#app img, #app b, #app iframe, #app script').count()).toBe(0);
    expect(await s.page.getByText('<b>Lan</b>').count()).toBe(1);
    expect(s.dialogs).toEqual([]);
  });

  it('asks for a row of the prospects sheet when the selection is elsewhere', async () => {
    const s = await sidebar.open(replies({ getSelection: { value: { sheet: 'Notes', onProspects: false, prospects: [], more: 0 } } }));
    await s.page.getByText('Select a prospect’s row in “Leads”').waitFor();
    expect(await s.page.getByRole('button', { name: 'Mark as won' }).count()).toBe(0);
  });
});
