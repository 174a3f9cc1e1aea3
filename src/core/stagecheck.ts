// STAGECHECK: every row the other functions would refuse, as a table to fix from.
import type { Grid } from './grid';
import type { Pipeline } from './pipeline';
import { findProblems, PROBLEM_MESSAGE } from './prospects';
import { labels, say } from './localized-error';
import type { Locale } from './types';

function textOfCell(value: unknown, locale: Locale): string | number | boolean {
  if (value instanceof Date) return isNaN(value.getTime()) ? labels(locale, 'cellInvalidDate')[0] : value.toISOString().slice(0, 10);
  // A cell holds at most 50,000 characters; the start of the value is enough to find it.
  if (typeof value === 'string') return value.length > 200 ? value.slice(0, 199) + '…' : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return labels(locale, 'cellNestedList')[0];
  return value === null || value === undefined ? '' : String(typeof value);
}

/** The problem table in the spreadsheet's language, or the single cell "OK". */
export function stageCheck(prospects: Grid, pipeline: Pipeline, locale: Locale = 'en'): (string | number | boolean)[][] | string {
  const problems = findProblems(prospects, pipeline);
  if (problems.length === 0) return 'OK';
  const problemText = (p: (typeof problems)[number]) => say({ key: PROBLEM_MESSAGE[p.kind], params: p.shown }, locale);
  return [
    labels(locale, 'colRow', 'colValue', 'colProblem', 'colSuggestion'),
    ...problems.map((p) => [p.row, textOfCell(p.value, locale), problemText(p), p.suggestion]),
  ];
}
