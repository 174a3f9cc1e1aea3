import { call, callInVietnamese, column } from './helpers';
import { day, HISTORY } from './history-data';

describe('CYCLETIME', () => {
  it('is the median days from the first stage to won over prospects seen from the start (1001 was logged at Proposal)', () => {
    expect(call('CYCLETIME', HISTORY)).toBe(10);
  });
  it('counts skipped stages as passed and takes the mean when asked, in English or Vietnamese', () => {
    // Lead → Contacted: P1 2 days (skipped it, at Qualified), Bình 8 (skipped it, at Meeting), P5 0 (same When).
    expect(call('CYCLETIME', HISTORY, 'Lead', 'Contacted')).toBe(2);
    expect(call('CYCLETIME', HISTORY, 'Lead', 'Contacted', 'mean')).toBe(10 / 3);
    expect(call('CYCLETIME', HISTORY, 'lead', 'contacted', 'Trung bình')).toBe(10 / 3);
  });
  it('is 0 from a stage to itself, and counts a prospect first logged at from_stage', () => {
    expect(call('CYCLETIME', HISTORY, 'Lead', 'Lead')).toBe(0);
    // 1001 was logged at Proposal and won 8 days later; P1 passed Proposal the moment it was won (0 days).
    expect(call('CYCLETIME', HISTORY, 'Proposal')).toBe(4);
  });
  it('keeps fractional days', () => {
    const history = [
      [day(1), 'X', '', '', 'Lead', ''],
      [day(2, 12), 'X', '', '', 'Won', ''],
    ];
    expect(call('CYCLETIME', history)).toBe(1.5);
  });
  it.each([
    [[HISTORY, 'Proposal', 'Lead'], 'from_stage "Proposal" comes after to_stage "Lead" in the pipeline. Swap them.'],
    [[HISTORY, 'Lost'], 'from_stage: "Lost" is a lost stage'],
    [[HISTORY, undefined, undefined, 'average'], 'statistic: "average" is not a statistic. Use "median" or "mean".'],
    [[HISTORY.slice(0, 2), 'Meeting'], 'No prospect in the history went from "Meeting" to "Won"'],
  ])('refuses %# with a message saying what to do', (args, message) => {
    expect(() => call('CYCLETIME', ...args)).toThrow(message);
  });
  it('says its errors in Vietnamese in a Vietnamese spreadsheet', () => {
    expect(() => callInVietnamese('CYCLETIME', HISTORY, undefined, undefined, 'average')).toThrow(
      'statistic: "average" không phải là phép thống kê.',
    );
    expect(() => callInVietnamese('CYCLETIME', [[day(1), 'X', '', '', 'Leed', '']])).toThrow(
      'Stage History dòng 1: "Leed" không phải là giai đoạn của kênh bán hàng. Có phải ý bạn là "Lead"?',
    );
  });
});

describe('STAGETIME', () => {
  it('lists every ordinary stage with the median of ended stays, their count and the stays still running', () => {
    expect(call('STAGETIME', HISTORY)).toEqual([
      ['Stage', 'Median days', 'Stays', 'Still in stage'],
      ['Lead', 2, 3, 1],
      ['Contacted', '', '', 1],
      ['Qualified', 8, 1, 0],
      ['Meeting', 1, 1, 0],
      ['Proposal', 8, 1, 0],
    ]);
  });
  it("lists every stage with blanks for an empty history, headed in the spreadsheet's language", () => {
    expect(callInVietnamese('STAGETIME', [HISTORY[0]], column('Lead', 'Won'))).toEqual([
      ['Giai đoạn', 'Số ngày (trung vị)', 'Lượt', 'Đang ở'],
      ['Lead', '', '', 0],
    ]);
  });
});

describe('VELOCITY', () => {
  // Open 2 (Lead, Meeting); won with a value: 100 (the other has none); win rate 2/3; mean cycle 10 days.
  const prospects = column('Stage', 'Won', 'Won', 'Lost', 'Lead', 'Meeting', '');
  const values = column('Value', 100, '', 10, 5, 7, 'x');
  it('is open × mean won value × win rate ÷ mean cycle', () => {
    expect(call('VELOCITY', prospects, values, HISTORY)).toBeCloseTo((2 * 100 * (2 / 3)) / 10, 12);
  });
  it.each([
    [[column('Lead'), column(5), HISTORY], 'VELOCITY needs a win rate'],
    [[column('Won', 'Lead'), column('', 5), HISTORY], 'VELOCITY needs the mean value of a sale'],
    [[prospects, values, HISTORY.slice(0, 2)], 'VELOCITY needs the mean cycle time, and no prospect in the history went from "Lead" to "Won"'],
    [
      [
        prospects,
        values,
        [
          [day(1), 'X', '', '', 'Lead', ''],
          [day(1), 'X', '', '', 'Won', ''],
        ],
      ],
      'it is 0 days',
    ],
    [[prospects, column('Value', 100, 'lots', 10, 5, 7, ''), HISTORY], 'Row 3 of the values: "lots" is not a number'],
  ])('names the factor that is undefined %#', (args, message) => {
    expect(() => call('VELOCITY', ...args)).toThrow(message);
  });
});
