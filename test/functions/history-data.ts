// A small Stage History with every rule in it, and its hand-computed figures (default pipeline; days since 1 Jan 2026).
export const day = (d: number, hours = 0) => new Date(Date.UTC(2026, 0, d, hours));
const row = (when: unknown, id: unknown, prospect: unknown, to: unknown, status = '', change = '', from = '') => [
  when,
  id,
  prospect,
  from,
  to,
  status,
  'a@x',
  '',
  change,
];

/**
 * P1 skips Contacted, its typo is fixed; Bình (by name, typed decomposed once) meets under a stage renamed later and
 * is lost by a status-only row; 1001 (an ID) is first logged at Proposal; "1001" (a name) is another prospect; P5's
 * two rows share one When and count in sheet order. Row 11 comes before row 12 in time though not in the sheet.
 */
export const HISTORY = [
  ['When', 'ID', 'Prospect', 'From', 'To', 'Status', 'By', 'Note', 'Change'],
  row(day(1), 'P1', 'An', 'Lead'), // 2
  row(day(3), 'P1', 'An', 'Qualifed'), // 3: a typo…
  row(day(4), 'P1', 'An', 'Qualified', '', 'fix'), // 4: …fixed: row 3 reads Qualified at day 3
  row(day(11), 'P1', 'An', 'Won', 'Won'), // 5
  row(day(2), '', 'Bình', 'Lead'), // 6
  row(day(10), '', 'Bi\u0300nh ', 'Old meeting'), // 7: read as Meeting (renamed on row 8)
  row(day(20), '', '', 'Meeting', '', 'rename', 'Old meeting'), // 8
  row(day(11), '', 'bình', '', 'lost'), // 9: lost at Meeting
  row(day(1), 1001, 'Chi', 'Proposal'), // 10
  row(day(9), '1001', 'Chi', 'Won'), // 11
  row(day(2), '', '1001', 'Lead'), // 12: a name, not the ID 1001
  row(day(8), 'P5', 'Dung', 'Lead'), // 13
  row(day(8), 'P5', 'Dung', 'Contacted'), // 14
  ['', '', '', '', '', '', '', '', ''],
];
