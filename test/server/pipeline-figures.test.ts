// The Pipeline view's figures are the formulas' figures: the same sheet, the same Stage History, the same numbers.
import { runFunction, FunctionName } from '../../src/functions/custom-functions';
import { handleEdit } from '../../src/server/on-edit';
import { editEvent } from './edit-event';
import { makeWorkbook, prospectRows, refsOf, userOf } from './workbook';

const DAY = 86400000;
const PROBABILITIES: Record<string, number> = { Lead: 0.1, Contacted: 0.2, Qualified: 0.4, Meeting: 0.5, Proposal: 0.9 };

function at<T>(daysAgo: number, run: () => T): T {
  jest.useFakeTimers({ now: Date.UTC(2026, 2, 1) - daysAgo * DAY });
  try {
    return run();
  } finally {
    jest.useRealTimers();
  }
}

/**
 * 60 leads (owners Lan and Minh alternate) typed in at Lead 50 days ago (onEdit logs them): 50 contacted, 40 qualified, 10 won and 20 lost
 * (qualified), 10 on to a meeting. The Lead stage is set at 10% but 10 of its 30 closed prospects were won: far off.
 */
function pipelineWorkbook() {
  const workbook = makeWorkbook(prospectRows(60, () => ''));
  const user = userOf(workbook);
  const { services, server } = user;
  const stages = server.getSetup().stages.map((s) => ({ ...s, probability: PROBABILITIES[s.name] ?? null, exitCriteria: [] }));
  server.saveSetup({ stages, renames: [], renameProspects: false });
  at(50, () => {
    for (let row = 2; row <= 61; row++) {
      workbook.userEdit('Leads', `D${row}`, 'Lead');
      handleEdit(services, editEvent(services, 'Leads', `D${row}`, ''));
    }
  });
  const move = (a1: string, action: Parameters<typeof server.moveProspects>[0]['action']) =>
    server.moveProspects({ prospects: refsOf(server, services, a1), action });
  at(40, () => move('A2:A51', { kind: 'advance' }));
  at(31, () => move('A2:A41', { kind: 'advance' }));
  at(20, () => move('A2:A11', { kind: 'won' }));
  at(15, () => move('A12:A31', { kind: 'lost', reason: 'Price' }));
  at(5, () => move('A32:A41', { kind: 'advance' }));
  return { workbook, ...user };
}

describe('the Pipeline view and the formulas on the same sheet', () => {
  const { workbook, server } = pipelineWorkbook();
  const leads = workbook.sheet('Leads');
  const last = leads.lastRow();
  // The ranges a user would give the formulas: {Stage, Status}, Value, Stage History and Pipeline Setup.
  const prospects = leads.values(`D2:E${last}`);
  const values = leads.values(`F2:F${last}`);
  const history = workbook.sheet('Stage History').values();
  const pipeline = workbook.sheet('Pipeline Setup').values();
  const formula = (name: FunctionName, ...args: unknown[]) =>
    runFunction(name, args, () => null, { locale: () => 'en', timeZone: () => 'Asia/Ho_Chi_Minh' });

  it('shows the conversion figures CONVERSION, WINRATE, PIPELINEVALUE and FUNNEL compute', () => {
    const summary = server.getPipelineSummary(null);
    const funnel = formula('FUNNEL', prospects, pipeline) as unknown[][];
    expect(summary.prospects).toBe(funnel[1][1]);
    expect(summary.prospects).toBe(60);
    expect(summary.leadToSale).toBe(formula('CONVERSION', prospects, undefined, undefined, pipeline));
    expect(summary.momentOfTruthToSale).toBe(formula('CONVERSION', prospects, summary.momentOfTruthStage, undefined, pipeline));
    expect(summary.winRate).toBe(formula('WINRATE', prospects, pipeline));
    expect(summary.winRate).toBeCloseTo(10 / 30);
    expect(summary.weightedOpenValue).toBe(formula('PIPELINEVALUE', prospects, values, pipeline));
  });

  it('shows the cycle time, the longest wait and the velocity CYCLETIME, STAGETIME and VELOCITY compute', () => {
    const summary = server.getPipelineSummary(null);
    expect(summary.cycleTime).toEqual({ days: formula('CYCLETIME', history, undefined, undefined, undefined, pipeline), sales: 10 });
    expect(summary.cycleTime?.days).toBe(30); // typed in at Lead 50 days ago, won 20 days ago
    const stageTime = (formula('STAGETIME', history, pipeline) as unknown[][]).slice(1);
    const longest = stageTime.filter((row) => row[1] !== '').sort((a, b) => (b[1] as number) - (a[1] as number))[0];
    expect(summary.slowestStage).toEqual({ stage: longest[0], medianDays: longest[1], stays: longest[2], stillInStage: longest[3] });
    expect(summary.velocity).toBe(formula('VELOCITY', prospects, values, history, pipeline));
    expect(summary.velocity).toBeGreaterThan(0);
  });

  it('warns about the stage whose set probability CALIBRATION shows far from observed, with enough closed prospects', () => {
    const summary = server.getPipelineSummary(null);
    const calibration = (formula('CALIBRATION', prospects, pipeline) as unknown[][]).slice(1);
    const lead = calibration.find((row) => row[0] === 'Lead')!;
    expect(summary.calibration).toEqual([{ stage: 'Lead', set: lead[1], observed: lead[2], closed: lead[3] }]);
    expect(summary.calibration[0]).toEqual({ stage: 'Lead', set: 0.1, observed: 10 / 30, closed: 30 });
    // Contacted: set 20%, observed 33% of 30 — 13 points, within chance: no warning. Meeting: 10 closed, too few.
    expect(calibration.find((row) => row[0] === 'Meeting')).toEqual(['Meeting', 0.5, 1, 10]);
  });

  it("with an owner chosen, shows that owner's figures: the formulas over that owner's rows and history", () => {
    const summary = server.getPipelineSummary('Lan');
    const owners = leads.values(`C2:C${last}`).map(([owner]) => owner);
    const mine = <T>(rows: T[]) => rows.filter((_, i) => owners[i] === 'Lan');
    const ids = new Set(mine(leads.values(`A2:A${last}`)).map(([id]) => id));
    const myHistory = [history[0], ...history.slice(1).filter((row) => ids.has(row[1]))];
    expect(summary.prospects).toBe(30);
    expect(summary.winRate).toBe(formula('WINRATE', mine(prospects), pipeline));
    expect(summary.weightedOpenValue).toBe(formula('PIPELINEVALUE', mine(prospects), mine(values), pipeline));
    expect(summary.cycleTime?.days).toBe(formula('CYCLETIME', myHistory, undefined, undefined, undefined, pipeline));
    expect(summary.velocity).toBe(formula('VELOCITY', mine(prospects), mine(values), myHistory, pipeline));
  });

  it('shows no time figures and no warning on a sheet with no history yet', () => {
    const { server: fresh } = userOf(makeWorkbook(prospectRows(10)));
    expect(fresh.getPipelineSummary(null)).toMatchObject({ cycleTime: null, slowestStage: null, velocity: null, calibration: [] });
  });
});
