// Wires a workbook to HyperFormula with the add-on's custom functions run by its own copy of the bundle.
import { createServices } from '../sheets/services';
import type { Workbook } from '../sheets/workbook';
import { loadAddon } from './addon';
import { FormulaEngine } from './formula-engine';

/** Custom functions run as their own "user", so their reads do not land in the person's I/O counters. */
export const FORMULA_USER = 'formulas@stagecoach.preview';

export function attachFormulaEngine(workbook: Workbook, code: string): FormulaEngine {
  const services = createServices(workbook, { user: FORMULA_USER });
  const addon = loadAddon(code, services);
  const engine = new FormulaEngine(workbook, (name, args) => {
    try {
      return addon.run(name, args);
    } finally {
      services.log.length = 0;
      services.counters.reset();
    }
  });
  workbook.spillReader = (sheet, row, col) => (engine.isSpilled(sheet, row, col) ? engine.resultAt(sheet, row, col).value : undefined);
  workbook.setFormulaEvaluator(engine.evaluator);
  return engine;
}
