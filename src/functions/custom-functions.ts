// The custom functions: each declares its arguments, and the runner hands the core clean values.
import { byOwnerTable } from '../core/byowner';
import { calibrationTable } from '../core/calibration';
import { cohortsTable } from '../core/cohorts';
import { conversion } from '../core/conversion';
import { StagecoachError } from '../core/errors';
import { cycleTime } from '../core/cycletime';
import { forecastTable } from '../core/forecast';
import { funnelTable } from '../core/funnel';
import type { Grid } from '../core/grid';
import { LocalizedError } from '../core/localized-error';
import { lostReasonsTable } from '../core/lostreasons';
import { pareto, rankCustomers, readShare, topShare, wonRows } from '../core/pareto';
import type { Pipeline } from '../core/pipeline';
import { pipelineValue } from '../core/pipeline-value';
import { stageCheck } from '../core/stagecheck';
import { stageTimeTable } from '../core/stagetime';
import type { Locale } from '../core/types';
import { velocity } from '../core/velocity';
import { winRate } from '../core/winrate';
import { adaptArguments, ParamSpec } from './args';
import { resolvePipeline, SavedPipelineReader } from './pipeline-arg';

const range = (name: string, optional = false): ParamSpec => ({ name, type: 'range', optional });
const value = (name: string): ParamSpec => ({ name, type: 'value', optional: true });

type Result = number | string | (string | number | boolean | Date)[][];

/** The spreadsheet's settings a function may need, each read only when asked for (File > Settings). */
export interface SpreadsheetSettings {
  locale(): Locale;
  timeZone(): string;
}

/** What a function may read besides its arguments, lazily. */
interface Env extends SpreadsheetSettings {
  pipeline(arg: unknown): Pipeline;
}

interface Definition {
  params: readonly ParamSpec[];
  run(args: unknown[], env: Env): Result;
}

const grid = (arg: unknown) => arg as Grid;
const optionalGrid = (arg: unknown) => arg as Grid | undefined;

/** PARETO and TOPSHARE: with `prospects`, only the won rows of a leads sheet bring revenue. */
function ranking(customers: unknown, revenue: unknown, prospects: unknown, pipeline: unknown, env: Env) {
  const counts = prospects === undefined ? undefined : wonRows(grid(prospects), grid(customers), env.pipeline(pipeline));
  return rankCustomers(grid(customers), grid(revenue), counts);
}

export const definitions = {
  CONVERSION: {
    params: [range('prospects'), value('from_stage'), value('to_stage'), range('pipeline', true)],
    run: ([prospects, from, to, pipeline], env) => conversion(grid(prospects), env.pipeline(pipeline), from, to),
  },
  FUNNEL: {
    params: [range('prospects'), range('pipeline', true), range('values', true)],
    run: ([prospects, pipeline, values], env) => funnelTable(grid(prospects), env.pipeline(pipeline), optionalGrid(values), env.locale()),
  },
  WINRATE: {
    params: [range('prospects'), range('pipeline', true)],
    run: ([prospects, pipeline], env) => winRate(grid(prospects), env.pipeline(pipeline)),
  },
  PIPELINEVALUE: {
    params: [range('prospects'), range('values'), range('pipeline', true)],
    run: ([prospects, values, pipeline], env) => pipelineValue(grid(prospects), grid(values), env.pipeline(pipeline)),
  },
  STAGECHECK: {
    params: [range('prospects'), range('pipeline', true)],
    run: ([prospects, pipeline], env) => stageCheck(grid(prospects), env.pipeline(pipeline), env.locale()),
  },
  PARETO: {
    params: [range('customers'), range('revenue'), value('revenue_share'), range('prospects', true), range('pipeline', true)],
    run: ([customers, revenue, share, prospects, pipeline], env) => {
      const revenueShare = readShare(share, 'revenue_share', 0.8);
      return pareto(ranking(customers, revenue, prospects, pipeline, env), revenueShare);
    },
  },
  TOPSHARE: {
    params: [range('customers'), range('revenue'), value('customer_share'), range('prospects', true), range('pipeline', true)],
    run: ([customers, revenue, share, prospects, pipeline], env) => {
      const customerShare = readShare(share, 'customer_share', 0.2);
      return topShare(ranking(customers, revenue, prospects, pipeline, env), customerShare);
    },
  },
  CYCLETIME: {
    params: [range('history'), value('from_stage'), value('to_stage'), value('statistic'), range('pipeline', true)],
    run: ([history, from, to, statistic, pipeline], env) => cycleTime(grid(history), env.pipeline(pipeline), from, to, statistic),
  },
  STAGETIME: {
    params: [range('history'), range('pipeline', true)],
    run: ([history, pipeline], env) => stageTimeTable(grid(history), env.pipeline(pipeline), env.locale()),
  },
  VELOCITY: {
    params: [range('prospects'), range('values'), range('history'), range('pipeline', true)],
    run: ([prospects, values, history, pipeline], env) => velocity(grid(prospects), grid(values), grid(history), env.pipeline(pipeline)),
  },
  COHORTS: {
    params: [range('prospects'), range('created'), value('to_stage'), range('pipeline', true)],
    run: ([prospects, created, to, pipeline], env) =>
      cohortsTable(grid(prospects), grid(created), env.pipeline(pipeline), to, env.locale(), env.timeZone()),
  },
  FORECAST: {
    params: [range('prospects'), range('values'), range('close_dates'), range('pipeline', true)],
    run: ([prospects, values, closeDates, pipeline], env) =>
      forecastTable(grid(prospects), grid(values), grid(closeDates), env.pipeline(pipeline), env.locale(), env.timeZone()),
  },
  LOSTREASONS: {
    params: [range('prospects'), range('reasons'), range('values', true), range('pipeline', true)],
    run: ([prospects, reasons, values, pipeline], env) =>
      lostReasonsTable(grid(prospects), grid(reasons), optionalGrid(values), env.pipeline(pipeline), env.locale()),
  },
  BYOWNER: {
    params: [range('prospects'), range('owners'), range('values', true), range('pipeline', true)],
    run: ([prospects, owners, values, pipeline], env) =>
      byOwnerTable(grid(prospects), grid(owners), optionalGrid(values), env.pipeline(pipeline), env.locale()),
  },
  CALIBRATION: {
    params: [range('prospects'), range('pipeline', true)],
    run: ([prospects, pipeline], env) => calibrationTable(grid(prospects), env.pipeline(pipeline), env.locale()),
  },
} satisfies Record<string, Definition>;

export type FunctionName = keyof typeof definitions;

function once<T>(read: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [read(), true];
    return value;
  };
}

/**
 * Runs a custom function the way Sheets calls it: raw arguments in, a value or a table out, an Error with a clear
 * message otherwise, in the spreadsheet's language. The saved pipeline, locale and time zone are read only if needed.
 */
export function runFunction(name: FunctionName, args: readonly unknown[], readSaved: SavedPipelineReader, settings: SpreadsheetSettings): Result {
  const definition: Definition = definitions[name];
  const env: Env = {
    pipeline: (arg) => resolvePipeline(arg as Grid | undefined, readSaved),
    locale: once(settings.locale),
    timeZone: once(settings.timeZone),
  };
  try {
    return definition.run(adaptArguments(name, definition.params, args), env);
  } catch (error) {
    if (error instanceof LocalizedError && env.locale() !== 'en') throw new StagecoachError(error.inLocale(env.locale()));
    throw error;
  }
}
