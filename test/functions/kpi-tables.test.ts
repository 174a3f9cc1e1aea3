import { call, callInVietnamese, column } from './helpers';

// Hanoi is UTC+7: 16:59 UTC on 31 January is still January there, 17:30 UTC is already 1 February.
const utc = (month: number, d: number, h = 0, m = 0) => new Date(Date.UTC(2026, month, d, h, m));
const JANUARY = utc(-1, 31, 17); // midnight of 1 January in Hanoi
const FEBRUARY = utc(0, 31, 17);

describe('COHORTS', () => {
  const prospects = [
    ['Stage', 'Status'],
    ['Won', ''],
    ['Meeting', 'lost'],
    ['Lead', ''],
    ['Proposal', ''],
    ['', ''],
  ];
  const created = column('Created', utc(0, 10), utc(0, 31, 16, 59), utc(0, 31, 17, 30), '', 'not read');
  it('groups prospects by calendar month in the spreadsheet time zone, with undated ones last', () => {
    expect(call('COHORTS', prospects, created)).toEqual([
      ['Month', 'Prospects', 'Reached', 'Conversion', 'Open'],
      [JANUARY, 2, 1, 0.5, 0],
      [FEBRUARY, 1, 0, 0, 1],
      ['(no date)', 1, 0, 0, 1],
    ]);
  });
  it('counts skipped stages as reached for another to_stage', () => {
    expect((call('COHORTS', prospects, created, 'Meeting') as unknown[][]).map((r) => r[2])).toEqual(['Reached', 2, 0, 1]);
  });
  it("is its header alone with no prospects, in the spreadsheet's language", () => {
    expect(callInVietnamese('COHORTS', column(''), column(''))).toEqual([['Tháng', 'Khách hàng tiềm năng', 'Đã đến', 'Tỷ lệ chuyển đổi', 'Đang mở']]);
  });
  it.each([
    [[column('Lead', 'Won'), column(utc(0, 1), 'soon')], 'Row 2 of the created: "soon" is not a date'],
    [[column('Lead', 'Won'), column(utc(0, 1))], 'The created range has 1 rows but the prospects range has 2'],
  ])('refuses %#', (args, message) => {
    expect(() => call('COHORTS', ...args)).toThrow(message);
  });
});

describe('FORECAST', () => {
  const pipeline = [
    ['Stage', 'Kind', 'Win probability'],
    ['Lead', 'stage', 0.1],
    ['Meeting', 'stage', ''],
    ['Proposal', 'stage', '50%'],
    ['Won', 'won', ''],
    ['Lost', 'lost', ''],
  ];
  const prospects = column('Lead', 'Proposal', 'Meeting', 'Won', 'Lost', 'Lead');
  const values = column(100, 200, 1000, 500, 50, 40);
  const closes = column(utc(1, 3), utc(0, 31, 17, 30), utc(0, 15), utc(0, 10), '', '');
  it("sums the open deals by close month, weighted with PIPELINEVALUE's probabilities (Meeting learned: 1/3)", () => {
    expect(call('FORECAST', prospects, values, closes, pipeline)).toEqual([
      ['Month', 'Deals', 'Value', 'Weighted'],
      [JANUARY, 1, 1000, 1000 / 3],
      [FEBRUARY, 2, 300, 10 + 100],
      ['(no date)', 1, 40, 4],
      ['Total', 4, 1340, 1000 / 3 + 114],
    ]);
  });
  it('keeps its Total row of zeros when nothing is open', () => {
    expect(call('FORECAST', column('Won'), column(5), column(''))).toEqual([
      ['Month', 'Deals', 'Value', 'Weighted'],
      ['Total', 0, 0, 0],
    ]);
  });
  it('checks close dates on every prospect row, open or not', () => {
    expect(() => call('FORECAST', column('Won'), column(5), column('next week'))).toThrow('Row 1 of the close_dates: "next week" is not a date');
  });
});

describe('LOSTREASONS', () => {
  const prospects = [
    ['Lost', ''],
    ['Meeting', 'lost'],
    ['Lead', 'lost'],
    ['Proposal', 'lost'],
    ['Won', ''],
    ['Lost', ''],
    ['Lost', ''],
    ['Lost', ''],
    ['Lost', ''],
  ];
  const reasons = column('Giá cao', 'giá  cao ', 'Gia\u0301 cao', 'Timing', 'Price', '', 'timing', 'Budget', 'Apple');
  const values = column(10, 20, 30, 40, 999, 50, 60, 70, 80);
  it('groups spellings, prints the most common (a tie: the first met), most frequent first, ties by key, no reason last', () => {
    expect(call('LOSTREASONS', prospects, reasons)).toEqual([
      ['Reason', 'Lost', 'Share'],
      ['Giá cao', 3, 3 / 8],
      ['Timing', 2, 2 / 8],
      ['Apple', 1, 1 / 8],
      ['Budget', 1, 1 / 8],
      ['(no reason)', 1, 1 / 8],
    ]);
  });
  it('adds the value lost per reason when values are given', () => {
    expect((call('LOSTREASONS', prospects, reasons, values) as unknown[][]).map((r) => r[3])).toEqual(['Value', 60, 100, 80, 70, 50]);
  });
  it('ignores the reasons of rows that are not lost', () => {
    expect(call('LOSTREASONS', column('Won', 'Lost'), column(new Date(), 'Price'))).toEqual([
      ['Reason', 'Lost', 'Share'],
      ['Price', 1, 1],
    ]);
    expect(() => call('LOSTREASONS', column('Lost'), column(true))).toThrow('Row 1 of the reasons: TRUE is not text');
  });
});

describe('BYOWNER', () => {
  const prospects = [
    ['Won', ''],
    ['Meeting', 'lost'],
    ['Lead', ''],
    ['Won', ''],
    ['Proposal', ''],
    ['Won', ''],
  ];
  const owners = column('Mai', 'mai ', 'Nam', 'Nam', '', 'An');
  const values = column(100, 50, 10, 100, 30, 40);
  it('ranks owners by won value, then by key, with no owner last', () => {
    expect(call('BYOWNER', prospects, owners, values)).toEqual([
      ['Owner', 'Prospects', 'Open', 'Won', 'Lost', 'Win rate', 'Conversion', 'Won value'],
      ['Mai', 2, 0, 1, 1, 0.5, 0.5, 100],
      ['Nam', 2, 1, 1, 0, 1, 0.5, 100],
      ['An', 1, 0, 1, 0, 1, 1, 40],
      ['(no owner)', 1, 1, 0, 0, '', 0, 0],
    ]);
  });
  it('ranks by won count without values', () => {
    expect((call('BYOWNER', prospects, owners) as unknown[][]).map((r) => r[0])).toEqual(['Owner', 'An', 'Mai', 'Nam', '(no owner)']);
  });
  it('speaks Vietnamese in a Vietnamese spreadsheet', () => {
    expect((callInVietnamese('BYOWNER', column('Lead'), column('')) as unknown[][])[1][0]).toBe('(không có người phụ trách)');
  });
});

describe('CALIBRATION', () => {
  const pipeline = [
    ['Lead', 'stage', 0.1],
    ['Meeting', 'stage', ''],
    ['Proposal', 'stage', 0.5],
    ['Won', 'won', ''],
    ['Lost', 'lost', ''],
  ];
  it('sets the observed win rate among closed prospects that reached each stage beside the one set', () => {
    const prospects = [
      ['Won', ''],
      ['Meeting', 'lost'],
      ['Lead', 'lost'],
      ['Lost', ''],
      ['Proposal', ''],
      ['Proposal', 'won'],
    ];
    expect(call('CALIBRATION', prospects, pipeline)).toEqual([
      ['Stage', 'Set', 'Observed', 'Closed'],
      ['Lead', 0.1, 2 / 5, 5],
      ['Meeting', '', 2 / 3, 3],
      ['Proposal', 0.5, 1, 2],
    ]);
  });
  it('lists every stage with "" where nothing closed', () => {
    expect(call('CALIBRATION', column('Lead'), pipeline)).toEqual([
      ['Stage', 'Set', 'Observed', 'Closed'],
      ['Lead', 0.1, '', 0],
      ['Meeting', '', '', 0],
      ['Proposal', 0.5, '', 0],
    ]);
  });
});

describe('PARETO and TOPSHARE on a leads sheet', () => {
  const customers = column('Customer', 'A', 'B', 'C', 'D');
  const revenue = column('Value', 500, 900, 100, 'lots');
  const prospects = column('Stage', 'Won', 'Lead', 'Won', 'Meeting');
  it('count only won rows, and do not read the others', () => {
    expect(call('TOPSHARE', customers, revenue, 0.5, prospects)).toBe(500 / 600);
    expect(call('PARETO', customers, revenue, 0.9, prospects)).toBe(1);
  });
  it('check the prospects rows line up with the customers', () => {
    expect(() => call('PARETO', customers, revenue, '', column('Won'))).toThrow('The customers range has 5 rows but the prospects range has 1');
  });
});

describe('FUNNEL and STAGECHECK in a Vietnamese spreadsheet', () => {
  it('head their tables and say their problems in Vietnamese', () => {
    expect((callInVietnamese('FUNNEL', column('Lead'), column('Lead', 'Won'), column(5)) as unknown[][])[0]).toEqual([
      'Giai đoạn',
      'Đã đến',
      'Hiện tại',
      '% bước',
      '% tổng',
      'Giá trị',
    ]);
    expect(callInVietnamese('STAGECHECK', column('Leed'), column('Lead', 'Won'))).toEqual([
      ['Dòng', 'Giá trị', 'Vấn đề', 'Gợi ý'],
      [1, 'Leed', '"Leed" không phải là giai đoạn của kênh bán hàng.', 'Lead'],
    ]);
  });
});
