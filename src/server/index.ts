// The server: every function the sidebar calls, bound to one set of services (Apps Script's or the preview's).
import type { Services } from '../sheets/gas';
import type { ServerApi } from './api';
import { checkStages } from './check';
import { fixStage, fixStages, tidySpelling } from './check-fixes';
import { checkValues, fixValues } from './check-values';
import { openContext } from './context';
import { buildDashboard } from './dashboard';
import { addFollowUpColumns } from './follow-up-columns';
import { getProspectHistory, goToRow } from './history';
import { saveLostReason } from './lost-reason';
import { moveProspects } from './move';
import { saveNextStep } from './next-step';
import { searchProspects } from './search';
import { getSelection } from './selection';
import { getSetup, restoreSetup, saveSetup } from './setup';
import { getSidebarState } from './state';
import { addStatusColumn, declineStatusColumn } from './status-column';
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
    checkValues: () => checkValues(context()),
    fixValues: (request) => fixValues(context(), request),
    fixStages: (request) => fixStages(context(), request),
    tidySpelling: () => tidySpelling(context()),
    goToRow: (row) => goToRow(context(), row),
    getProspectHistory: (row) => getProspectHistory(context(), row),
    buildDashboard: () => buildDashboard(context()),
    addFollowUpColumns: () => addFollowUpColumns(context()),
    addStatusColumn: () => addStatusColumn(context()),
    declineStatusColumn: () => declineStatusColumn(context()),
    saveLostReason: (request) => saveLostReason(context(), request),
    saveNextStep: (request) => saveNextStep(context(), request),
    getToday: (request) => getToday(context(), request),
    setMyName: (name) => setMyName(context(), name),
    searchProspects: (query) => searchProspects(context(), query),
  };
}
