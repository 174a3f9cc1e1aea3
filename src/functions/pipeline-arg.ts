// The pipeline argument, or — when left out — the saved Pipeline Setup sheet, or the built-in default.
import type { Grid } from '../core/grid';
import { defaultPipeline, parsePipeline, Pipeline } from '../core/pipeline';

/** Reads the saved setup table; returns null when the spreadsheet has none. Supplied by the Sheets adapter. */
export type SavedPipelineReader = () => Grid | null;

export function resolvePipeline(argument: Grid | undefined, readSaved: SavedPipelineReader): Pipeline {
  if (argument !== undefined) return parsePipeline(argument);
  const saved = readSaved();
  return saved ? parsePipeline(saved) : defaultPipeline();
}
