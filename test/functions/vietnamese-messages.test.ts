// In a Vietnamese spreadsheet every formula speaks Vietnamese: each error a function can throw, its table headers and labels.
import fc from 'fast-check';
import { definitions, FunctionName, runFunction } from '../../src/functions/custom-functions';
import { serverMessages } from '../../src/i18n/messages';
import { call, callInVietnamese, column, TIME_ZONE } from './helpers';

const day = (d: number) => new Date(Date.UTC(2026, 0, d));
const entry = (when: unknown, id: unknown, to: unknown, status: unknown = '', change = '', from = '') => [
  when,
  id,
  'Ann',
  from,
  to,
  status,
  'a@x',
  '',
  change,
];
const HEADER = ['When', 'ID', 'Prospect', 'From', 'To', 'Status', 'By', 'Note', 'Change'];
const history = (...rows: unknown[][]) => [HEADER, ...rows];
const twoStages = [['Lead'], ['Won']];

// Words a message may keep in either language: what the user types (function and argument names, ranges, the tab
// names and Stage History's column words) and the English words a Vietnamese message offers as accepted input.
const KEPT = [
  /"[^"]*"/g, // values and names as typed
  /=?[A-Z]{4,}\([^)]*\)/g, // =STAGECHECK(), =CONVERSION(C2:C)
  /\{[^}]*\}/g, // {C2:C, E2:E}, {"Lead";"Meeting";"Won"}
  /'Pipeline Setup'!A:[A-Z]|'Stage History'!A:[A-Z]/g,
  /\b(Pipeline Setup|Stage History|Change)\b/g,
  /\(stage, won, lost\)|\(median\)|\(mean\)/g,
  /\b[a-z]+_[a-z_]+\b/g, // from_stage, close_dates
  /\b(values|created|reasons|owners|history|prospects|customers|revenue|pipeline|statistic)\b/g, // argument names
  /\b[A-Z]{4,}\b/g, // function names, TRUE, FALSE
];
const ENGLISH = new Set(
  (
    'the is are not of and or to in no has have must give row rows stage stages pipeline range number date text value cell use type ' +
    'customer share prospect won lost cannot read with name between yet there columns column kind empty error needs before after ' +
    'write from an it this that for did you list problem blank fill only every again nothing'
  ).split(' '),
);

/** The English words left in a message once what either language keeps is taken out. */
function englishIn(message: string): string[] {
  const rest = KEPT.reduce((text, pattern) => text.replace(pattern, ' '), message);
  return (rest.toLowerCase().match(/[a-z]+/g) ?? []).filter((word) => ENGLISH.has(word));
}

function expectVietnamese(message: string, where: string): void {
  expect([where, message, englishIn(message)]).toEqual([where, message, []]);
  expect(/[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i.test(message)).toBe(true);
}

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect((error as Error).name).toBe('StagecoachError');
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

// One call per error a function can throw (every message of the catalogue's formula errors is reached here).
const BAD_CALLS: [string, FunctionName, unknown[]][] = [
  ['argument missing', 'CONVERSION', []],
  ['pipeline name not text', 'CONVERSION', [column('Lead'), undefined, undefined, [[3], ['Won']]]],
  [
    'pipeline kind',
    'CONVERSION',
    [
      column('Lead'),
      undefined,
      undefined,
      [
        ['Lead', 'maybe'],
        ['Won', 'won'],
      ],
    ],
  ],
  ['pipeline empty', 'CONVERSION', [column('Lead'), undefined, undefined, [[' '], [' ']]]],
  ['pipeline twice', 'CONVERSION', [column('Lead'), undefined, undefined, [['Lead'], ['lead'], ['Won']]]],
  [
    'pipeline without won',
    'CONVERSION',
    [
      column('Lead'),
      undefined,
      undefined,
      [
        ['Lead', 'stage'],
        ['Won', 'stage'],
      ],
    ],
  ],
  [
    'pipeline with two won',
    'CONVERSION',
    [
      column('Lead'),
      undefined,
      undefined,
      [
        ['Lead', 'stage'],
        ['A', 'won'],
        ['B', 'won'],
      ],
    ],
  ],
  ['pipeline without a stage', 'CONVERSION', [column('Won'), undefined, undefined, [['Won']]]],
  [
    'probability not a number',
    'CONVERSION',
    [
      column('Lead'),
      undefined,
      undefined,
      [
        ['Lead', 'stage', 'half'],
        ['Won', 'won', ''],
      ],
    ],
  ],
  [
    'probability out of range',
    'CONVERSION',
    [
      column('Lead'),
      undefined,
      undefined,
      [
        ['Lead', 'stage', 150],
        ['Won', 'won', ''],
      ],
    ],
  ],
  ['stage not text', 'CONVERSION', [column('Lead'), day(3), undefined, twoStages]],
  ['stage unknown, close', 'CONVERSION', [column('Lead'), 'Leed', undefined, twoStages]],
  ['stage unknown, far', 'CONVERSION', [column('Lead'), 'zzzzzzzz', undefined, twoStages]],
  ['lost stage', 'CONVERSION', [column('Lead'), 'Lost']],
  ['from after to', 'CONVERSION', [column('Lead'), 'Won', 'Lead']],
  ['nothing reached', 'CONVERSION', [column('Lead'), 'Proposal']],
  ['nothing closed', 'WINRATE', [column('Lead')]],
  ['three columns', 'WINRATE', [[['Lead', '', 'x']]]],
  ['unknown stage row', 'WINRATE', [column('Lead', 'Leed')]],
  ['a date as stage', 'WINRATE', [column(day(2))]],
  ['a blank stage with a status', 'WINRATE', [[['', 'won']]]],
  ['unknown status', 'FUNNEL', [[['Lead', 'maybe']]]],
  ['rows differ', 'PIPELINEVALUE', [column('Lead', 'Lead'), column(1)]],
  ['value not a number', 'PIPELINEVALUE', [column('Lead'), column(true)]],
  ['funnel value', 'FUNNEL', [column('Lead'), undefined, column('abc')]],
  ['stagecheck columns', 'STAGECHECK', [[['Lead', '', '']]]],
  ['revenue not a number', 'PARETO', [column('A', 'B'), column(1, 'x')]],
  ['customers and revenue differ', 'PARETO', [column('A'), column(1, 2)]],
  ['customer not a name', 'PARETO', [column(true), column(5)]],
  ['no positive revenue', 'TOPSHARE', [column('A'), column(0)]],
  ['share as a percentage', 'PARETO', [column('A'), column(5), 80]],
  ['share not a number', 'TOPSHARE', [column('A'), column(5), 'x']],
  ['won rows: prospects and customers differ', 'PARETO', [column('A'), column(5), 0.8, column('Won', 'Won')]],
  ['history columns', 'CYCLETIME', [[['When', 'ID']]]],
  ['history when', 'CYCLETIME', [history(entry('yesterday', 'P1', 'Lead'))]],
  ['history nobody', 'CYCLETIME', [history([day(1), '', '', '', 'Lead', '', '', '', ''])]],
  ['history key', 'CYCLETIME', [history(entry(day(1), true, 'Lead'))]],
  ['history rename blank', 'CYCLETIME', [history(entry(day(1), '', '', '', 'rename', 'Lead'))]],
  ['history fix blank', 'CYCLETIME', [history(entry(day(1), 'P1', 'Lead'), entry(day(2), 'P1', '', '', 'fix'))]],
  ['history fix of nothing', 'CYCLETIME', [history(entry(day(1), 'P1', 'Lead', '', 'fix'))]],
  ['history no stage', 'CYCLETIME', [history(entry(day(1), 'P1', '', 'lost'))]],
  ['history problem', 'CYCLETIME', [history(entry(day(1), 'P1', 'Leed'))]],
  ['statistic', 'CYCLETIME', [history(entry(day(1), 'P1', 'Lead')), undefined, undefined, 'average']],
  ['no passage', 'CYCLETIME', [history(entry(day(1), 'P1', 'Lead'))]],
  ['velocity nothing closed', 'VELOCITY', [column('Lead'), column(5), history(entry(day(1), 'P1', 'Lead'))]],
  ['velocity no won value', 'VELOCITY', [column('Won'), column(''), history(entry(day(1), 'P1', 'Lead'))]],
  ['velocity no cycle', 'VELOCITY', [column('Won'), column(5), history(entry(day(1), 'P1', 'Lead'))]],
  ['velocity zero cycle', 'VELOCITY', [column('Won'), column(5), history(entry(day(1), 'P1', 'Lead'), entry(day(1), 'P1', 'Won'))]],
  ['cohorts created', 'COHORTS', [column('Lead'), column('March')]],
  ['cohorts to_stage', 'COHORTS', [column('Lead'), column(day(1)), 'Nowhere']],
  ['forecast close dates', 'FORECAST', [column('Lead'), column(5), column(12)]],
  ['forecast rows', 'FORECAST', [column('Lead'), column(5), column(day(1), day(2))]],
  ['lost reason not text', 'LOSTREASONS', [column('Lost'), column(true)]],
  ['owner not text', 'BYOWNER', [column('Lead'), column('#N/A')]],
  ['calibration pipeline', 'CALIBRATION', [column('Lead'), [['Won']]]],
];

describe('formula errors in a Vietnamese spreadsheet', () => {
  it.each(BAD_CALLS)('%s: says it in Vietnamese, where an English spreadsheet says it in English', (_what, name, args) => {
    const vietnamese = messageOf(() => callInVietnamese(name, ...args));
    const english = messageOf(() => call(name, ...args));
    expectVietnamese(vietnamese, `${name}: ${vietnamese}`);
    // The heuristic sees English where there is some: it would catch a message left in English.
    expect(englishIn(english).length).toBeGreaterThan(0);
    expect(vietnamese).not.toBe(english);
  });

  it('says an unknown time zone in Vietnamese', () => {
    const settings = { locale: () => 'vi' as const, timeZone: () => 'Mars/Olympus' };
    const message = messageOf(() => runFunction('COHORTS', [column('Lead'), column(day(1))], () => null, settings));
    expectVietnamese(message, message);
  });

  it('quotes dates, blanks and other cells in words of the message’s language', () => {
    expect(messageOf(() => callInVietnamese('WINRATE', column(day(2))))).toContain('ngày 2026-01-02');
    const undated = history(entry(undefined, 'P1', 'Lead'));
    expect(messageOf(() => callInVietnamese('CYCLETIME', undated))).toContain('một ô trống');
    expect(messageOf(() => call('CYCLETIME', undated))).toContain('an empty cell');
    expect(messageOf(() => callInVietnamese('PIPELINEVALUE', column('Lead'), column([1, 2])))).toContain('một danh sách lồng nhau');
  });
});

describe('table headers and labels in a Vietnamese spreadsheet', () => {
  const vi = serverMessages.vi;
  it('FUNNEL and STAGECHECK spill Vietnamese header rows (the spec’s words)', () => {
    const funnel = callInVietnamese('FUNNEL', column('Lead', 'Won'), undefined, column(1, 2)) as unknown[][];
    expect(funnel[0]).toEqual(['Giai đoạn', 'Đã đến', 'Hiện tại', '% bước', '% tổng', 'Giá trị']);
    const check = callInVietnamese('STAGECHECK', column('Leed', [1, 2], new Date(NaN))) as unknown[][];
    expect(check[0]).toEqual(['Dòng', 'Giá trị', 'Vấn đề', 'Gợi ý']);
    // The Value column names what is not a cell's text, and the Problem column says what is wrong, in Vietnamese.
    expect(check.slice(1).map((row) => row[1])).toEqual(['Leed', vi.cellNestedList, vi.cellInvalidDate]);
    for (const row of check.slice(1)) expectVietnamese(row[2] as string, row[2] as string);
  });

  it('labels rows without a date, reason or owner, and totals, in Vietnamese', () => {
    const forecast = callInVietnamese('FORECAST', column('Lead'), column(5), column('')) as unknown[][];
    expect(forecast.map((row) => row[0])).toEqual([vi.colMonth, vi.labelNoDate, vi.labelTotal]);
    const reasons = callInVietnamese('LOSTREASONS', column('Lost'), column('')) as unknown[][];
    expect(reasons[1][0]).toBe(vi.labelNoReason);
    const owners = callInVietnamese('BYOWNER', column('Lead'), column('')) as unknown[][];
    expect(owners[1][0]).toBe(vi.labelNoOwner);
  });
});

// Anything a cell or an argument could hold: whatever a function says about it, it says in Vietnamese.
const junkCell = fc.oneof(
  fc.constantFrom('', 'Lead', 'Won', 'Lost', 'Stage', '#N/A', 'open', 'maybe', 'x'.repeat(300)),
  fc.string({ maxLength: 6 }).filter((text) => !text.includes('"')), // a quote inside a value would defeat the check's quote stripping
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.integer(), { maxLength: 2 }),
);
const junkRange = fc.oneof(fc.array(fc.oneof(fc.array(junkCell, { maxLength: 4 }), junkCell), { maxLength: 12 }), junkCell);
const FUNCTIONS = Object.keys(definitions) as FunctionName[];

describe('junk in a Vietnamese spreadsheet', () => {
  it('never lets an English message, header or label escape', () => {
    const vietnamese = new Set(Object.values(serverMessages.vi));
    const { labelNoDate, labelTotal, labelNoReason, labelNoOwner, cellInvalidDate, cellNestedList } = serverMessages.en;
    const englishLabels = new Set([labelNoDate, labelTotal, labelNoReason, labelNoOwner, cellInvalidDate, cellNestedList]);
    fc.assert(
      fc.property(fc.constantFrom(...FUNCTIONS), fc.array(junkRange, { minLength: 5, maxLength: 5 }), (name, args) => {
        let result: unknown;
        try {
          result = runFunction(name, args, () => null, { locale: () => 'vi', timeZone: () => TIME_ZONE });
        } catch (error) {
          expectVietnamese((error as Error).message, `${name}: ${(error as Error).message}`);
          return;
        }
        if (!Array.isArray(result)) return;
        // A table's header row is the catalogue's Vietnamese; no row carries an English label (stage names may be anything).
        const [header, ...rows] = result as unknown[][];
        for (const cell of header) expect([name, cell, vietnamese.has(cell as string)]).toEqual([name, cell, true]);
        for (const cell of rows.flat()) expect([name, cell, englishLabels.has(cell as string)]).toEqual([name, cell, false]);
      }),
      { numRuns: 3000 },
    );
  });
});
