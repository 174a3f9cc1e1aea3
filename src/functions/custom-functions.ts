// The seven custom functions: each declares its arguments, and the runner hands the core clean values.
import { conversion } from '../core/conversion';
import { funnelTable } from '../core/funnel';
import type { Grid } from '../core/grid';
import { pareto, rankCustomers, readShare, topShare } from '../core/pareto';
import { pipelineValue } from '../core/pipeline-value';
import { stageCheck } from '../core/stagecheck';
import { winRate } from '../core/winrate';
import { adaptArguments, ParamSpec } from './args';
import { resolvePipeline, SavedPipelineReader } from './pipeline-arg';

const range = (name: string, optional = false): ParamSpec => ({ name, type: 'range', optional });
const value = (name: string): ParamSpec => ({ name, type: 'value', optional: true });

type Result = number | string | (string | number | boolean)[][];

interface Definition {
  params: readonly ParamSpec[];
  run(args: unknown[], readSaved: SavedPipelineReader): Result;
}

const pipelineFromArg = (arg: unknown, readSaved: SavedPipelineReader) => resolvePipeline(arg as Grid | undefined, readSaved);

export const definitions = {
  CONVERSION: {
    params: [range('prospects'), value('from_stage'), value('to_stage'), range('pipeline', true)],
    run: ([prospects, from, to, pipeline], readSaved) => conversion(prospects as Grid, pipelineFromArg(pipeline, readSaved), from, to),
  },
  FUNNEL: {
    params: [range('prospects'), range('pipeline', true), range('values', true)],
    run: ([prospects, pipeline, values], readSaved) => funnelTable(prospects as Grid, pipelineFromArg(pipeline, readSaved), values as Grid | undefined),
  },
  WINRATE: {
    params: [range('prospects'), range('pipeline', true)],
    run: ([prospects, pipeline], readSaved) => winRate(prospects as Grid, pipelineFromArg(pipeline, readSaved)),
  },
  PIPELINEVALUE: {
    params: [range('prospects'), range('values'), range('pipeline', true)],
    run: ([prospects, values, pipeline], readSaved) => pipelineValue(prospects as Grid, values as Grid, pipelineFromArg(pipeline, readSaved)),
  },
  STAGECHECK: {
    params: [range('prospects'), range('pipeline', true)],
    run: ([prospects, pipeline], readSaved) => stageCheck(prospects as Grid, pipelineFromArg(pipeline, readSaved)),
  },
  PARETO: {
    params: [range('customers'), range('revenue'), value('revenue_share')],
    run: ([customers, revenue, share]) => pareto(rankCustomers(customers as Grid, revenue as Grid), readShare(share, 'revenue_share', 0.8)),
  },
  TOPSHARE: {
    params: [range('customers'), range('revenue'), value('customer_share')],
    run: ([customers, revenue, share]) => topShare(rankCustomers(customers as Grid, revenue as Grid), readShare(share, 'customer_share', 0.2)),
  },
} satisfies Record<string, Definition>;

export type FunctionName = keyof typeof definitions;

/** Runs a custom function the way Sheets calls it: raw arguments in, a value or a table out, an Error with a clear message otherwise. */
export function runFunction(name: FunctionName, args: readonly unknown[], readSaved: SavedPipelineReader): Result {
  const definition: Definition = definitions[name];
  return definition.run(adaptArguments(name, definition.params, args), readSaved);
}
