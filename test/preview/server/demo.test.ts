// The demo workbook: a realistic dealership pipeline, the same on every start, with typos for Check to find.
import { createDemo } from '../../../preview/demo';
import { rowsToSetup, setupProblems } from '../../../src/core/setup';
import { withEngine } from './bundle';
import { dayKeyOf } from '../../../src/core/calendar-day';

const NOW = new Date('2025-06-02T03:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

describe('the demo workbook', () => {
  const demo = createDemo({ now: NOW });
  demo.addSetupAndHistory();
  const { workbook, engine } = withEngine(demo.workbook);
  const leads = workbook.sheet('Leads').values();
  const [headers = [], ...rows] = leads;
  const history = workbook.sheet('Stage History').values().slice(1);

  test('is Saigon Auto’s prospects sheet of about 300 rows with the expected columns', () => {
    expect(headers).toEqual([
      'ID',
      'Name',
      'Owner',
      'Stage',
      'Status',
      'Value',
      'Customer',
      'Stage since',
      'Lost reason',
      'Phone',
      'Email',
      'Next step',
      'Follow-up',
    ]);
    expect(rows.length).toBe(300);
    expect(new Set(rows.map((r) => r[2])).size).toBe(5);
    expect(new Set(rows.map((r) => r[1])).size).toBe(300);
    expect(rows.every((r) => r[7] instanceof Date && (r[7] as Date) <= NOW && NOW.getTime() - (r[7] as Date).getTime() < 190 * DAY)).toBe(true);
    const outcomes = rows.map((r) => r[4]);
    for (const status of ['Open', 'Won', 'Lost']) expect(outcomes.filter((s) => s === status).length).toBeGreaterThan(30);
    expect(rows.filter((r) => r[4] === 'Lost').every((r) => r[8] !== '')).toBe(true);
  });

  test('gives a rep something to do first thing: follow-ups overdue and due today, for every owner', () => {
    const dayOf = (cell: unknown) => (cell instanceof Date ? dayKeyOf(cell, 'Asia/Ho_Chi_Minh') : null);
    const today = dayKeyOf(NOW, 'Asia/Ho_Chi_Minh');
    const open = rows.filter((r) => r[4] === 'Open' && !demo.typos.has(rows.indexOf(r) + 2));
    const overdue = open.filter((r) => (dayOf(r[12]) ?? '9999') < today);
    const dueToday = open.filter((r) => dayOf(r[12]) === today);
    expect(overdue.length).toBeGreaterThanOrEqual(8);
    expect(dueToday.length).toBeGreaterThanOrEqual(5);
    for (const owner of ['Minh', 'Lan', 'Huy']) expect(overdue.concat(dueToday).some((r) => r[2] === owner)).toBe(true);
    // Every date is a day (midnight in the dealership's zone), and only rows with a next step have one.
    const dated = rows.filter((r) => r[12] !== '');
    expect(dated.every((r) => r[12] instanceof Date && new Date(r[12] as Date).getTime() % 3600000 === 0 && r[11] !== '')).toBe(true);
  });

  test('is the same on every start (seeded)', () => {
    const again = createDemo({ now: NOW });
    expect(again.workbook.sheet('Leads').values()).toEqual(leads);
    expect(createDemo({ now: NOW, seed: 7 }).workbook.sheet('Leads').values()).not.toEqual(leads);
  });

  test('has a few typos in the Stage column that STAGECHECK finds, with suggestions', () => {
    workbook.addSheet('Check', [["=STAGECHECK('Leads'!D2:E, 'Pipeline Setup'!A:C)"]]);
    const found: unknown[][] = [];
    for (let r = 2; engine.resultAt('Check', r, 1).value !== ''; r++) found.push([1, 2, 4].map((c) => engine.resultAt('Check', r, c).value));
    expect(found.length).toBe(6);
    expect(found.map(([row]) => (row as number) + 1).sort((a, b) => a - b)).toEqual([...demo.typos.keys()].sort((a, b) => a - b));
    expect(found.map(([, value]) => value)).toEqual(expect.arrayContaining(['Test drve', 'Showrom visit', 3]));
    expect(found.filter(([, , suggestion]) => suggestion !== '').length).toBe(5);
  });

  test('has a valid Pipeline Setup: the car-dealer template with the test drive as moment of truth', () => {
    const stages = rowsToSetup(workbook.sheet('Pipeline Setup').values());
    expect(setupProblems(stages)).toEqual([]);
    expect(stages.map((s) => s.name)).toEqual([
      'Enquiry',
      'Showroom visit',
      'Test drive',
      'Quote & trade-in',
      'Finance approval',
      'Deposit paid',
      'Car delivered',
      'Lost',
    ]);
    expect(stages.find((s) => s.momentOfTruth)?.name).toBe('Test drive');
    expect(stages.every((s) => s.kind !== 'stage' || s.playbook.length > 40)).toBe(true);
  });

  test('has Stage History entries over the last six months, consistent with the stages', () => {
    expect(history.length).toBeGreaterThan(600);
    const when = history.map((r) => (r[0] as Date).getTime());
    expect(when).toEqual([...when].sort((a, b) => a - b));
    expect(NOW.getTime() - (when[0] as number)).toBeLessThan(190 * DAY);
    expect(NOW.getTime() - (when[0] as number)).toBeGreaterThan(120 * DAY);
    const lastTo = new Map<string, string>();
    for (const [, id, , , to] of history) lastTo.set(String(id), String(to));
    rows.forEach((r, i) => {
      if (demo.typos.has(i + 2)) return;
      expect(lastTo.get(String(r[0]))).toBe(r[3]);
    });
  });

  test('has customers whose revenue follows the 80/20 rule', () => {
    workbook.addSheet('Pareto', [["=PARETO('Leads'!G2:G, 'Leads'!F2:F)"], ["=TOPSHARE('Leads'!G2:G, 'Leads'!F2:F)"]]);
    expect(engine.resultAt('Pareto', 1, 1).value).toBeGreaterThan(0.1);
    expect(engine.resultAt('Pareto', 1, 1).value).toBeLessThan(0.3);
    expect(engine.resultAt('Pareto', 2, 1).value).toBeGreaterThan(0.7);
  });

  test('has a second prospects tab as a user’s own file comes in: no Status column, amounts typed as text, slips, owners in mixed case', () => {
    const [messyHeaders = [], ...messy] = workbook.sheet(demo.messySheet).values();
    expect(demo.messySheet).toBe('Import');
    expect(messyHeaders).toEqual(['ID', 'Customer name', 'Owner', 'Stage', 'Value (VND)', 'Lost reason', 'Phone']);
    expect(messy).toHaveLength(200);
    const texts = messy.map((r) => r[4]).filter((v) => typeof v === 'string' && v !== '');
    expect(texts.length).toBeGreaterThan(50);
    expect(messy.map((r) => r[3])).toEqual(expect.arrayContaining(['Test drve', 'Closed Won']));
    expect(new Set(messy.map((r) => String(r[2]).toLowerCase())).size).toBeLessThan(new Set(messy.map((r) => r[2])).size);
  });

  test('comes in Vietnamese too: headers, stages and statuses from the Vietnamese template', () => {
    const vi = createDemo({ now: NOW, locale: 'vi' });
    vi.addSetupAndHistory();
    const sheet = vi.workbook.sheet('Khách hàng');
    expect(sheet.values('A1:E1')).toEqual([['Mã', 'Tên', 'Phụ trách', 'Giai đoạn', 'Trạng thái']]);
    expect(setupProblems(rowsToSetup(vi.workbook.sheet('Pipeline Setup').values()))).toEqual([]);
    expect(vi.workbook.sheet('Dữ liệu nhập').values('A1:E1')).toEqual([['Mã', 'Tên khách', 'Phụ trách', 'Giai đoạn', 'Giá trị (VNĐ)']]);
    expect(new Set(sheet.values('E2:E301').map((r) => r[0]))).toEqual(new Set(['Đang mở', 'Thắng', 'Thua']));
    expect(
      sheet
        .displayValues('F2:F301')
        .flat()
        .find((text) => text !== ''),
    ).toMatch(/^\d{1,3}(\.\d{3})+$/);
  });
});
