// The first minute (issue 9, item 9): a sheet without a setup is judged against the template its stage cells fit.
import { Workbook } from '../../preview/sheets';
import { openSidebar } from '../../src/server/menu';
import { propertyWrites, userOf } from './workbook';

const HEADERS = ['Mã', 'Tên khách', 'Phụ trách', 'Giai đoạn', 'Giá trị (VNĐ)', 'Lý do thất bại'];
const STAGES = ['Khách hỏi xe', 'Đến xem xe', 'Lái thử', 'Lái thử', 'Báo giá & đổi xe cũ', 'Đã giao xe', 'Thất bại', 'Closed Won'];

function dealer(count = 200) {
  const workbook = new Workbook({ id: 'dealer', locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh' });
  const rows = Array.from({ length: count }, (_, i) => [`KH${i + 1}`, `Khách ${i + 1}`, i % 2 ? 'Lan' : 'Minh', STAGES[i % 8], 500e6 + i, '']);
  workbook.addSheet('Khách hàng', [HEADERS, ...rows], { maxRows: count + 50 });
  return workbook;
}

describe('a Vietnamese dealer opening the sidebar on a sheet without a setup', () => {
  it('is proposed the Vietnamese car dealer template, with what it would read, before anything is written', () => {
    const workbook = dealer();
    const { server, services } = userOf(workbook, 'minh@example.com', 'vi');
    services.log.length = 0;
    const state = server.getSidebarState();
    expect(state.proposal).toMatchObject({ templateId: 'car-dealer', locale: 'vi', title: 'Đại lý ô tô', rows: 200, moreUnmatched: 0 });
    expect(state.proposal!.counts.slice(0, 3)).toEqual([
      { stage: 'Khách hỏi xe', count: 25 },
      { stage: 'Đến xem xe', count: 25 },
      { stage: 'Lái thử', count: 50 },
    ]);
    expect(state.proposal!.unmatched).toEqual([{ value: 'Closed Won', count: 25 }]);
    expect(state.stages.map((s) => s.name)).toContain('Lái thử');
    expect(state.setupMissing).toBe(false);
    // Nothing written: no tab, no property.
    expect(workbook.findSheet('Pipeline Setup')).toBeFalsy();
    expect(propertyWrites(services.log)).toBe(0);
    expect(server.getSetup()).toMatchObject({ proposal: { templateId: 'car-dealer', locale: 'vi' } });
  });

  it('judges the rows against the proposal, not the English default, in the poll, the Pipeline view and Check', () => {
    const workbook = dealer();
    const { server, services } = userOf(workbook, 'minh@example.com', 'vi');
    server.getSidebarState();
    services.select('Khách hàng', 'B4'); // row 4: Lái thử
    services.counters.reset();
    const [selected] = server.getSelection().prospects;
    expect(selected).toMatchObject({ stage: 'Lái thử', stageKnown: true, nextStage: 'Báo giá & đổi xe cũ' });
    // The poll took the proposal from the document cache: it read no column, only one row at a time (the header
    // row, which no action has saved yet, and the selected row).
    expect(services.counters.io.filter((io) => io.kind === 'read').map((io) => io.cells)).toEqual([HEADERS.length, HEADERS.length]);
    const summary = server.getPipelineSummary(null);
    expect(summary).toMatchObject({ momentOfTruthStage: 'Lái thử', problems: 25 });
    expect(server.checkStages().problems.map((p) => p.value)).toEqual(Array(25).fill('Closed Won'));
  });

  it('opening the sidebar saves no copy of the proposal, so the setup never looks deleted', () => {
    const workbook = dealer();
    const { server, services } = userOf(workbook, 'minh@example.com', 'vi');
    openSidebar(services, 'prospect');
    expect(server.getSidebarState()).toMatchObject({ setupMissing: false, proposal: expect.objectContaining({ templateId: 'car-dealer' }) });
  });

  it('read paths write no document property while no setup is saved', () => {
    const workbook = dealer();
    const { server, services } = userOf(workbook, 'minh@example.com', 'vi');
    services.log.length = 0;
    server.getSidebarState();
    server.getSelection();
    server.getPipelineSummary(null);
    server.getSetup();
    server.checkStages();
    server.getProspectHistory(3);
    expect(propertyWrites(services.log)).toBe(0);
  });

  it('saving the proposal makes it the setup: the prompt goes', () => {
    const workbook = dealer();
    const { server } = userOf(workbook, 'minh@example.com', 'vi');
    const result = server.saveSetup({ stages: server.getSetup().stages, renames: [], renameProspects: false });
    expect(result.invalidValues).toBe(25);
    expect(workbook.sheet('Pipeline Setup').values('A2')[0][0]).toBe('Khách hỏi xe');
    expect(server.getSidebarState().proposal).toBeNull();
    expect(server.getSetup().proposal).toBeNull();
  });

  it('an English user with the built-in stage names keeps the built-in pipeline', () => {
    const workbook = new Workbook({ id: 'b2b', locale: 'en_US', timeZone: 'Asia/Ho_Chi_Minh' });
    workbook.addSheet('Leads', [
      ['Name', 'Stage'],
      ['A', 'Lead'],
      ['B', 'Meeting'],
      ['C', 'Won'],
    ]);
    const { server } = userOf(workbook);
    expect(server.getSidebarState().proposal).toMatchObject({ templateId: 'default', unmatched: [] });
  });
});
