// HyperFormula plugins: the add-on's seven custom functions (run by the bundle) and TEXT with Sheets' number formats.
import { ArraySize, CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { DisplayContext } from '../sheets/format';
import { displayValue } from '../sheets/format';
import type { Address, SpillSizes } from './spill-sizes';
import { fromSheetsResult, type SheetsScalar, thrownMessage, toSheetsArgument, toSheetsScalar } from './formula-values';

/** Each custom function and how many arguments it takes at most (the bundle checks the rest). */
export const CUSTOM_FUNCTIONS = {
  CONVERSION: 4,
  FUNNEL: 3,
  WINRATE: 2,
  PIPELINEVALUE: 3,
  STAGECHECK: 2,
  PARETO: 5,
  TOPSHARE: 5,
  CYCLETIME: 5,
  STAGETIME: 2,
  VELOCITY: 4,
  COHORTS: 4,
  FORECAST: 4,
  LOSTREASONS: 4,
  BYOWNER: 4,
  CALIBRATION: 2,
} as const;
export type CustomFunctionName = keyof typeof CUSTOM_FUNCTIONS;

/** What the plugins reach through HyperFormula's `context` option: one per engine, so several engines can coexist. */
export interface FormulaBridge {
  /** Calls a custom function of the bundle with Sheets-style arguments. */
  call(name: CustomFunctionName, args: unknown[]): unknown;
  spills: SpillSizes;
  display: DisplayContext;
}

interface Call {
  procedureName: string;
  args: Array<{ type: string }>;
}

interface State {
  formulaAddress: Address;
}

type Result = string | number | boolean | SimpleRangeValue | CellError;

/** A result cut to the size HyperFormula reserved for it (it cannot grow an array after parsing). */
function fit(value: Result, size: { width: number; height: number }): Result {
  if (!(value instanceof SimpleRangeValue)) return value;
  const data = value.rawData();
  if (size.width === 1 && size.height === 1) return data[0]?.[0] as Result;
  if (value.height() <= size.height && value.width() <= size.width) return value;
  return SimpleRangeValue.onlyValues(data.slice(0, size.height).map((row) => row.slice(0, size.width)));
}

const sizeOf = (value: Result) => (value instanceof SimpleRangeValue ? { width: value.width(), height: value.height() } : { width: 1, height: 1 });

export class StagecoachFunctions extends FunctionPlugin {
  static override implementedFunctions = Object.fromEntries(
    Object.entries(CUSTOM_FUNCTIONS).map(([name, count]) => [
      name,
      {
        method: 'runCustomFunction',
        sizeOfResultArrayMethod: 'customFunctionSize',
        parameters: Array.from({ length: count }, (_, i) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: i > 0 })),
      },
    ]),
  );

  private get bridge(): FormulaBridge {
    return this.config.context as FormulaBridge;
  }

  runCustomFunction(ast: Call, state: State): Result {
    const name = ast.procedureName as CustomFunctionName;
    const most = CUSTOM_FUNCTIONS[name];
    if (ast.args.length > most) {
      return new CellError(
        ErrorType.NA,
        `Wrong number of arguments to ${name}. Expected at most ${most} arguments, but got ${ast.args.length} arguments.`,
      );
    }
    const args: unknown[] = [];
    for (const arg of ast.args) {
      if (arg.type === 'EMPTY') {
        args.push(undefined); // a skipped argument, as in =CONVERSION(C2:C, , , 'Pipeline Setup'!A:C)
        continue;
      }
      const value = this.evaluateAst(arg as never, state as never);
      if (value instanceof CellError) return value; // an error given directly as an argument propagates, as in Sheets
      args.push(toSheetsArgument(value, this.bridge.display.timeZone));
    }
    let value: Result;
    try {
      value = fromSheetsResult(this.bridge.call(name, args), this.bridge.display.timeZone);
    } catch (thrown) {
      value = new CellError(ErrorType.ERROR, thrownMessage(thrown));
    }
    const room = this.bridge.spills.produced(ast, state.formulaAddress, sizeOf(value));
    return room ? fit(value, room) : value;
  }

  customFunctionSize(ast: Call, state: State): ArraySize {
    const size = this.bridge.spills.predict(ast, state.formulaAddress);
    return new ArraySize(size.width, size.height);
  }
}

/** TEXT(value, format) with the number and date formats of Sheets ("0%", "#,##0", "yyyy-mm-dd"). */
export class SheetsText extends FunctionPlugin {
  static override implementedFunctions = {
    TEXT: { method: 'text', parameters: [{ argumentType: FunctionArgumentType.SCALAR }, { argumentType: FunctionArgumentType.STRING }] },
  };

  text(ast: Call, state: State): string | CellError {
    return this.runFunction(ast.args as never, state as never, this.metadata('TEXT'), (value: unknown, format: string) => {
      if (value instanceof CellError) return value;
      // Without a zone, a date stays its serial number: TEXT formats numbers.
      const scalar = toSheetsScalar(value) as SheetsScalar;
      if (typeof scalar !== 'number') return scalar === true ? 'TRUE' : scalar === false ? 'FALSE' : scalar;
      return displayValue(scalar, format, (this.config.context as FormulaBridge).display);
    }) as string | CellError;
  }
}

let registered = false;

/** Registers both plugins with HyperFormula once per process (each engine passes its own bridge as `context`). */
export function registerPlugins(): void {
  if (registered) return;
  registered = true;
  const names = Object.fromEntries(Object.keys(CUSTOM_FUNCTIONS).map((name) => [name, name]));
  HyperFormula.registerFunctionPlugin(StagecoachFunctions, { enGB: names, enUS: names });
  HyperFormula.registerFunction('TEXT', SheetsText);
}
