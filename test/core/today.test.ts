// The Today list's rules: which section a prospect is in, the order, and whose it is.
import { detectColumns } from '../../src/core/columns';
import { defaultPipeline } from '../../src/core/pipeline';
import { isMine, todayList, type TodayRules } from '../../src/core/today';

const ZONE = 'Asia/Ho_Chi_Minh';
const NOW = new Date('2025-06-02T03:00:00Z');
const at = (day: string, time = '00:00') => new Date(`${day}T${time}:00+07:00`);
const headers = ['ID', 'Name', 'Owner', 'Stage', 'Status', 'Stage since', 'Next step', 'Follow-up'];
const columns = detectColumns(headers);
const pipeline = defaultPipeline();

const rules = (more: Partial<TodayRules> = {}): TodayRules => ({
  columns,
  pipeline,
  stallDays: new Map([['lead', 5]]),
  today: '2025-06-02',
  timeZone: ZONE,
  now: NOW,
  me: { name: 'Lan' },
  ...more,
});

const row = (id: string, owner: string, stage: string, status: string, since: unknown, step: string, follow: unknown) => [
  id,
  `Co ${id}`,
  owner,
  stage,
  status,
  since,
  step,
  follow,
];

describe('todayList', () => {
  const rows = [
    row('1', 'Minh', 'Lead', '', at('2025-06-01'), 'Call', at('2025-05-31', '15:00')), // overdue 2 days
    row('2', 'Lan', 'Lead', '', at('2025-06-01'), 'Call', at('2025-06-01')), // overdue 1 day, mine
    row('3', 'Lan', 'Lead', '', at('2025-06-01'), 'Send', at('2025-06-02', '23:30')), // due today (late evening there)
    row('4', 'Minh', 'Lead', '', at('2025-05-20'), 'Call', at('2025-06-09')), // stalled: 13 days > 5
    row('5', 'Lan', 'Lead', '', at('2025-06-01'), '', ''), // no next step
    row('6', 'Lan', 'Won', 'Won', at('2025-05-01'), '', ''), // won: nothing to do
    row('7', 'Lan', 'Lead', 'Lost', at('2025-04-01'), 'Call again', at('2025-05-01')), // lost, but its reminder is overdue
    row('8', 'Lan', 'Lead', '', at('2025-06-01'), 'Call', 'tomorrow'), // a date typed as words
    row('9', 'Lan', 'Not a stage', '', at('2025-01-01'), '', ''), // Check lists it, Today does not
  ];

  it('puts each prospect in its first section: overdue, due today, stalled, no next step; mine first', () => {
    const list = todayList(rows, 2, rules());
    expect(list.entries.map((e) => [e.kind, e.id, e.days])).toEqual([
      ['overdue', '7', 32],
      ['overdue', '2', 1],
      ['overdue', '1', 2],
      ['due', '3', 0],
      ['stalled', '4', 13],
      ['noNextStep', '5', 0],
    ]);
    expect(list.entries[0]).toMatchObject({ row: 8, followUp: '2025-05-01', mine: true, nextStep: 'Call again' });
    expect(list.counts).toEqual({ overdue: 3, due: 1, stalled: 1, noNextStep: 1 });
    expect(list.unreadableDates).toBe(1);
  });

  it('orders by lateness when nobody is mine, and lists no "no next step" without a Next step column', () => {
    const list = todayList(rows, 2, rules({ me: null }));
    expect(list.entries.filter((e) => e.kind === 'overdue').map((e) => e.id)).toEqual(['7', '1', '2']);
    const noColumn = detectColumns(headers.map((h) => (h === 'Next step' ? 'Notes' : h)));
    expect(todayList(rows, 2, rules({ columns: noColumn })).counts.noNextStep).toBe(0);
  });

  it('uses the log for days in stage where the sheet has no Stage since column', () => {
    const noSince = detectColumns(headers.map((h) => (h === 'Stage since' ? 'Notes' : h)));
    const stalled = todayList(
      [row('4', 'Minh', 'Lead', '', '', 'Call', '')],
      2,
      rules({
        columns: noSince,
        latest: (id) => (id === '4' ? { stage: 'Lead', when: at('2025-05-20') } : undefined),
      }),
    );
    expect(stalled.entries.map((e) => [e.kind, e.days])).toEqual([['stalled', 13]]);
  });
});

describe('isMine', () => {
  it('matches the picked name or the email, its name part too, ignoring case and accents', () => {
    expect(isMine('thảo', { name: 'Thảo' })).toBe(true);
    expect(isMine('Thao', { name: 'Thảo' })).toBe(true);
    expect(isMine('lan@dealer.vn', { email: 'Lan@Dealer.vn' })).toBe(true);
    expect(isMine('Lan', { email: 'lan@dealer.vn' })).toBe(true);
    expect(isMine('Lan Nguyen', { email: 'lan.nguyen@dealer.vn' })).toBe(true);
    expect(isMine('Lan', { email: 'lananh@dealer.vn' })).toBe(false);
    expect(isMine('', { name: '' })).toBe(false);
    expect(isMine('Lan', null)).toBe(false);
  });
});
