// The tabs the add-on owns: found by their mark whatever their name, never a tab of the user's that shares a name.
import type { SheetData, Workbook } from '../../preview/sheets';
import { SETUP_HEADERS } from '../../src/core/setup';
import { HISTORY_HEADERS } from '../../src/core/history';
import { readSavedPipelineGrid } from '../../src/sheets/saved-pipeline';
import { makeWorkbook, refsOf, userOf } from './workbook';

type User = ReturnType<typeof userOf>;

/** Everything a sheet holds, as text: equal before and after means the add-on did not touch it. */
function snapshot(sheet: SheetData): string {
  return JSON.stringify({
    name: sheet.name,
    rows: sheet.rows,
    size: [sheet.maxRows, sheet.maxColumns],
    conditionalFormats: sheet.conditionalFormats,
    charts: sheet.charts,
    metadata: sheet.metadata,
    protection: sheet.protection,
    widths: [...sheet.columnWidths],
  });
}

function saveSetup({ server }: User, stages = server.getSetup().stages) {
  return server.saveSetup({ stages, renames: [], renameProspects: false });
}

function advance(user: User, a1 = 'A3') {
  return user.server.moveProspects({ prospects: refsOf(user.server, user.services, a1), action: { kind: 'advance' } });
}

const names = (workbook: Workbook) => workbook.sheets.map((s) => s.name);

describe("a tab of the user's that carries one of the add-on's names", () => {
  it('Pipeline Setup: saving the setup leaves it untouched and writes the add-on’s own tab beside it, saying so', () => {
    const workbook = makeWorkbook();
    const mine = workbook.addSheet('Pipeline Setup', [
      ['Task', 'Who'],
      ['Order signage', 'Lan'],
    ]);
    const before = snapshot(mine);
    const user = userOf(workbook);
    expect(user.server.getSetup().stages.map((s) => s.name)).not.toContain('Order signage');
    saveSetup(user);
    expect(snapshot(mine)).toBe(before);
    expect(names(workbook)).toEqual(['Leads', 'Pipeline Setup', 'Pipeline Setup (Stagecoach)']);
    expect(workbook.sheet('Pipeline Setup (Stagecoach)').values('A1:B2')).toEqual([
      ['Stage', 'Kind'],
      ['Lead', 'stage'],
    ]);
    expect(user.services.ui.toasts.map((t) => t.message)).toEqual([
      'The tab "Pipeline Setup" is yours, so Stagecoach left it as it is and made its own beside it: "Pipeline Setup (Stagecoach)".',
    ]);
    // The highlight of unknown stages reads the add-on's tab, not the user's.
    expect(workbook.sheet('Leads').conditionalFormats[0]?.formula).toContain(`INDIRECT("'Pipeline Setup (Stagecoach)'!A2:A")`);
    // Saving again writes the same tab: no third copy.
    saveSetup(user);
    expect(names(workbook)).toHaveLength(3);
    expect(snapshot(mine)).toBe(before);
  });

  it('Stage History: the first move leaves it untouched and logs in a new, warning-only protected tab (Vietnamese)', () => {
    const workbook = makeWorkbook();
    const mine = workbook.addSheet('Stage History', [
      ['Ngày', 'Việc'],
      ['2024-01-02', 'Gọi khách'],
    ]);
    workbook.addSheet('Stage History (Stagecoach)', [['Someone else took this name too']]);
    const before = snapshot(mine);
    const user = userOf(workbook, 'minh@example.com', 'vi');
    advance(user);
    expect(snapshot(mine)).toBe(before);
    const log = workbook.sheet('Stage History (Stagecoach) 2');
    expect(log.values('A1:B1')[0]).toEqual(['Thời điểm', 'Mã']);
    expect(log.values('B2:E2')[0]).toEqual(['P00002', 'Company 2', 'Contacted', 'Qualified']);
    expect(log.protection).toEqual({
      warningOnly: true,
      description: 'Lịch sử giai đoạn là nhật ký Stagecoach ghi lại mọi lần đổi giai đoạn: sửa nó sẽ làm sai các số liệu.',
    });
    expect(user.services.ui.toasts[0]?.message).toBe(
      'Trang tính "Stage History" là của bạn, nên Stagecoach giữ nguyên và tạo trang riêng bên cạnh: "Stage History (Stagecoach) 2".',
    );
    // The prospect's history is read from the add-on's log.
    expect(user.server.getProspectHistory(3).entries.map((e) => e.to)).toEqual(['Qualified']);
  });

  it('Pipeline Dashboard: building the dashboard leaves it untouched and builds beside it', () => {
    const workbook = makeWorkbook();
    const mine = workbook.addSheet('Pipeline Dashboard', [
      ['My own numbers', 42],
      ['=B1*2', ''],
    ]);
    const before = snapshot(mine);
    const user = userOf(workbook);
    expect(user.server.buildDashboard()).toEqual({ sheet: 'Pipeline Dashboard (Stagecoach)' });
    expect(user.server.buildDashboard()).toEqual({ sheet: 'Pipeline Dashboard (Stagecoach)' });
    expect(snapshot(mine)).toBe(before);
    expect(workbook.sheet('Pipeline Dashboard (Stagecoach)').charts).toHaveLength(1);
    expect(names(workbook).filter((n) => n.startsWith('Pipeline Dashboard'))).toHaveLength(2);
  });
});

describe('the add-on’s own tabs', () => {
  it('are still found after the user renames them', () => {
    const workbook = makeWorkbook();
    const user = userOf(workbook);
    const { stages } = user.server.getSetup();
    saveSetup(user, stages);
    advance(user, 'A3');
    user.server.buildDashboard();
    workbook.sheet('Pipeline Setup').name = 'Our stages';
    workbook.sheet('Stage History').name = 'Log';
    workbook.sheet('Pipeline Dashboard').name = 'KPIs';

    const renamed = stages.map((s) => (s.name === 'Meeting' ? { ...s, name: 'Site visit' } : s));
    saveSetup(user, renamed);
    expect(workbook.sheet('Our stages').values('A5')[0][0]).toBe('Site visit');
    expect(user.server.getSidebarState().stages.map((s) => s.name)).toContain('Site visit');
    advance(user, 'A4');
    expect(workbook.sheet('Log').lastRow()).toBe(3);
    expect(user.server.buildDashboard()).toEqual({ sheet: 'KPIs' });
    const kpis = workbook.sheet('KPIs').formulas('B6:B20').flat();
    expect(kpis.find((f) => f.startsWith('=WINRATE('))).toMatch(/, 'Our stages'!A:C\)$/);
    expect(kpis.find((f) => f.startsWith('=CYCLETIME('))).toContain("'Log'!A:A");
    expect(names(workbook)).toEqual(['Leads', 'Our stages', 'Log', 'KPIs']);
    // Renamed, they are still not offered as prospects sheets.
    expect(user.server.getSetup().sheets).toEqual(['Leads']);
  });

  it('made before tabs were marked are adopted when their header row is the add-on’s, in either language', () => {
    const workbook = makeWorkbook();
    const setup = workbook.addSheet('Pipeline Setup', [SETUP_HEADERS.vi, ['Mới', 'giai đoạn', 0.1, true], ['Chốt', 'thắng'], ['Mất', 'thua']]);
    const history = workbook.addSheet('Stage History', [HISTORY_HEADERS.en]);
    const user = userOf(workbook);
    expect(user.server.getSidebarState().stages.map((s) => s.name)).toEqual(['Mới', 'Chốt', 'Mất']);
    workbook.sheet('Leads').scriptWrite(workbook.sheet('Leads').rect('D3'), [['Mới']]);
    advance(user, 'A3');
    expect(history.values('D2:E2')[0]).toEqual(['Mới', 'Chốt']);
    expect(history.metadata.map((m) => [m.key, m.value])).toEqual([['stagecoach.tab', 'history']]);
    saveSetup(user);
    expect(setup.metadata.map((m) => [m.key, m.value])).toEqual([['stagecoach.tab', 'setup']]);
    expect(names(workbook)).toEqual(['Leads', 'Pipeline Setup', 'Stage History']);
  });

  it('Stage History is created warning-only protected, in the user’s language', () => {
    const workbook = makeWorkbook();
    advance(userOf(workbook));
    expect(workbook.sheet('Stage History').protection).toEqual({
      warningOnly: true,
      description: 'Stage History is the log Stagecoach keeps of every stage change: editing it changes the figures.',
    });
  });

  it('leave the user on the sheet and the cells they had selected when they are created', () => {
    const workbook = makeWorkbook();
    const user = userOf(workbook);
    const refs = refsOf(user.server, user.services, ['A3:A4', 'B7']);
    user.server.moveProspects({ prospects: refs, action: { kind: 'advance' } });
    expect(workbook.sheet('Stage History').lastRow()).toBe(4);
    const spreadsheet = user.services.SpreadsheetApp.getActiveSpreadsheet();
    expect(user.services.activeSheetName()).toBe('Leads');
    expect(
      spreadsheet
        .getActiveRangeList()!
        .getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A3:A4', 'B7']);
    saveSetup(user);
    expect(user.services.activeSheetName()).toBe('Leads');
    expect(spreadsheet.getActiveRange()!.getA1Notation()).toBe('B7');
  });
});

describe('when Pipeline Setup is deleted', () => {
  const custom = (user: User) => {
    const { stages } = user.server.getSetup();
    return stages.map((s) => (s.name === 'Qualified' ? { ...s, name: 'Site visit' } : s));
  };

  function deletedSetup() {
    const workbook = makeWorkbook();
    const user = userOf(workbook);
    saveSetup(user, custom(user));
    workbook.removeSheet('Pipeline Setup');
    return { workbook, ...user };
  }

  it('the sidebar says so and the saved copy stands in for it, never the default', () => {
    const { server, services } = deletedSetup();
    const state = server.getSidebarState();
    expect(state.setupMissing).toBe(true);
    expect(state.stages.map((s) => s.name)).toContain('Site visit');
    // The formulas that leave out the pipeline argument read the saved copy too.
    expect(readSavedPipelineGrid(services)!.map((row) => row[0])).toContain('Site visit');
  });

  it('moves go through the saved pipeline and leave the saved copy as it was', () => {
    const user = deletedSetup();
    const copy = () => user.services.PropertiesService.getDocumentProperties().getProperty('stagecoach.setup.0');
    const saved = copy();
    // Row 3 is at Contacted: the saved pipeline's next stage is "Site visit" (the default's would be "Qualified").
    expect(advance(user, 'A3').prospects[0]!.stage).toBe('Site visit');
    user.server.buildDashboard();
    expect(copy()).toBe(saved);
  });

  it('restoreSetup writes it back from the saved copy', () => {
    const { server, workbook } = deletedSetup();
    expect(server.restoreSetup()).toEqual({ sheet: 'Pipeline Setup', stages: 7 });
    expect(workbook.sheet('Pipeline Setup').values('A4')[0][0]).toBe('Site visit');
    expect(server.getSidebarState().setupMissing).toBe(false);
    // The stage dropdown reads the restored tab again.
    expect(workbook.sheet('Leads').conditionalFormats.at(-1)?.formula).toContain(`INDIRECT("'Pipeline Setup'!A2:A")`);
  });

  it('restoreSetup refuses plainly when there is no saved copy', () => {
    const { server } = userOf(makeWorkbook());
    expect(server.getSidebarState().setupMissing).toBe(false);
    expect(() => server.restoreSetup()).toThrow('There is no saved copy of the pipeline to restore. Open Setup and save the pipeline.');
  });
});

describe('the document lock', () => {
  it('is released only after the spreadsheet is flushed', () => {
    const user = userOf(makeWorkbook());
    const { log } = user.services;
    advance(user);
    const release = log.lastIndexOf('Lock.releaseLock');
    expect(release).toBeGreaterThan(0);
    expect(log.lastIndexOf('SpreadsheetApp.flush')).toBe(release - 1);
  });

  it('is held while the dashboard is built', () => {
    const user = userOf(makeWorkbook());
    const { log } = user.services;
    user.server.buildDashboard();
    const built = log.indexOf('Sheet.insertChart');
    expect(log.lastIndexOf('Lock.tryLock', built)).toBeGreaterThanOrEqual(0);
    expect(log.indexOf('Lock.releaseLock', built)).toBeGreaterThan(built);
  });

  it('refuses to build the dashboard while someone else holds it', () => {
    const workbook = makeWorkbook();
    const other = userOf(workbook, 'lan@example.com');
    const lock = other.services.LockService.getDocumentLock()!;
    expect(lock.tryLock(0)).toBe(true);
    expect(() => userOf(workbook).server.buildDashboard()).toThrow('Someone else is changing the pipeline right now.');
    lock.releaseLock();
  });
});
