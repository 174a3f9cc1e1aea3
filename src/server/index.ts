// The server: every function the sidebar calls, bound to one set of services (Apps Script's or the preview's).
import type { Services } from '../sheets/gas';
import type { ServerApi } from './api';
import { checkStages, fixStage } from './check';
import { openContext } from './context';
import { buildDashboard } from './dashboard';
import { getProspectHistory, goToRow } from './history';
import { moveProspects } from './move';
import { saveNextStep } from './next-step';
import { searchProspects } from './search';
import { getSelection } from './selection';
import { getSetup, restoreSetup, saveSetup } from './setup';
import { getSidebarState } from './state';
import { getPipelineSummary } from './summary';
import { getToday, setMyName } from './today';

export function createServer(services: Services): ServerApi {
  const context = () => openContext(services);
  return {
    getSidebarState: () => getSidebarState(context()),
    getSelection: () => getSelection(context()),
    moveProspects: (request) => moveProspects(context(), request),
    getPipelineSummary: (owner) => getPipelineSummary(context(), owner),
    getSetup: (sheet) => getSetup(context(), sheet),
    saveSetup: (request) => saveSetup(context(), request),
    restoreSetup: () => restoreSetup(context()),
    checkStages: () => checkStages(context()),
    fixStage: (request) => fixStage(context(), request),
    goToRow: (row) => goToRow(context(), row),
    getProspectHistory: (row) => getProspectHistory(context(), row),
    buildDashboard: () => buildDashboard(context()),
    saveNextStep: (request) => saveNextStep(context(), request),
    getToday: (request) => getToday(context(), request),
    setMyName: (name) => setMyName(context(), name),
    searchProspects: (query) => searchProspects(context(), query),
  };
}
