// Runs a custom function in Apps Script: the saved pipeline is read from this spreadsheet only when needed.
import { readSavedPipelineGrid } from '../sheets/saved-pipeline';
import { liveServices } from '../sheets/live-services';
import { FunctionName, runFunction } from './custom-functions';

export function callCustomFunction(name: FunctionName, args: readonly unknown[]) {
  return runFunction(name, args, () => readSavedPipelineGrid(liveServices()));
}
