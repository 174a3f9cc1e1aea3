// The contract between the sidebar and the server: plain JSON both ways (no Date crosses google.script.run).

import type { ColumnMapping, ColumnRole, Locale, Outcome, StageKind, StageSetup } from '../core/types';

export type { ColumnMapping, ColumnRole, Locale, Outcome, StageKind, StageSetup };

export interface ProspectView {
  /** 1-based sheet row. */
  row: number;
  id: string;
  name: string;
  stage: string;
  status: Outcome;
  owner: string;
  /** Display text of the value cell, or "". */
  value: string;
  /** Whole days since the prospect entered its stage (Stage since, else Stage History where it was read), or null when unknown. */
  daysInStage: number | null;
  /** Open, in an ordinary stage, and in it longer than the stage's stall limit. */
  stalled: boolean;
  /** The stage Advance moves it to, or null when it cannot advance from its stage (won, lost, unknown). */
  nextStage: string | null;
  /** Headers of this stage's exit criteria that are still empty for this prospect. */
  missingExitCriteria: string[];
  /** False when the stage cell holds something that is not a stage of the pipeline. */
  stageKnown: boolean;
}

/** Sent with every move so the server can check that each row still holds the prospect the user selected. */
export interface ProspectRef {
  row: number;
  id: string;
  name: string;
  stage: string;
}

export interface SidebarState {
  locale: Locale;
  /** The view the menu asked for. */
  view: 'prospect' | 'pipeline' | 'setup' | 'check';
  prospectsSheet: string | null;
  mapping: ColumnMapping;
  stages: StageSetup[];
  /** Problems with the setup that the user must fix (no prospects sheet, no stage column, invalid pipeline). */
  problems: string[];
  /** Pipeline Setup was deleted: the saved copy stands in for it (stages) until restoreSetup brings the tab back. */
  setupMissing: boolean;
}

export interface SelectionView {
  sheet: string;
  /** True when the selection is on the prospects sheet below its header. */
  onProspects: boolean;
  prospects: ProspectView[];
  /** Rows selected beyond the ones returned (large selections are summarised). */
  more: number;
}

export type MoveAction = { kind: 'advance' } | { kind: 'move'; stage: string } | { kind: 'won' } | { kind: 'lost'; reason: string };

export interface MoveRequest {
  prospects: ProspectRef[];
  action: MoveAction;
  note?: string;
  /** Skip the exit-criteria check (the user confirmed). */
  force?: boolean;
}

export interface MoveResult {
  moved: number;
  prospects: ProspectView[];
  /**
   * Set when nothing moved because exit criteria are missing: the message says which, and the user may
   * resend with force. Other refusals are errors.
   */
  blocked?: { message: string };
}

export interface FunnelStep {
  stage: string;
  reached: number;
  now: number;
  /** reached / reached of the previous stage, null when undefined. */
  stepRate: number | null;
  overallRate: number | null;
  momentOfTruth: boolean;
}

export interface StalledProspect {
  row: number;
  name: string;
  stage: string;
  owner: string;
  daysInStage: number;
  stallDays: number;
}

export interface PipelineSummary {
  owners: string[];
  owner: string | null;
  prospects: number;
  leadToSale: number | null;
  momentOfTruthStage: string | null;
  momentOfTruthToSale: number | null;
  winRate: number | null;
  weightedOpenValue: number | null;
  medianDaysToClose: number | null;
  funnel: FunnelStep[];
  /** The most overdue stalled prospects first, at most 20. */
  stalled: StalledProspect[];
  /** All stalled prospects, listed or not. */
  stalledCount: number;
  /** Rows skipped because their stage is not valid (fix them in Check). */
  problems: number;
  // Time, speed and calibration (issue 12): the figures of CYCLETIME, STAGETIME, VELOCITY and CALIBRATION.
  /** CYCLETIME's default: median days from the first stage to won, over `sales` observed passages; null when none. */
  cycleTime: { days: number; sales: number } | null;
  /** The stage with STAGETIME's longest median stay (over ended stays), null when no stay has ended. */
  slowestStage: { stage: string; medianDays: number; stays: number; stillInStage: number } | null;
  /** VELOCITY: value per day; null without a value column or where a factor is undefined. */
  velocity: number | null;
  /** CALIBRATION's stages whose observed win rate is far from the set probability, with enough closed prospects. */
  calibration: { stage: string; set: number; observed: number; closed: number }[];
}

/** The editor's data. Templates are not here: the sidebar bundles them (src/core/templates.ts) to keep Code.js small. */
export interface SetupView {
  stages: StageSetup[];
  mapping: ColumnMapping;
  /** Every header of the prospects sheet, for the mapping dropdowns and exit criteria. */
  headers: string[];
  prospectsSheet: string | null;
  sheets: string[];
  /** Prospects per stage name, so the sidebar can say how many a rename carries along. */
  stageCounts: Record<string, number>;
}

export interface SaveSetupRequest {
  stages: StageSetup[];
  /** Stages renamed in the editor: old name → new name. */
  renames: { from: string; to: string }[];
  /** Rename the stage cells of the prospects sheet too. */
  renameProspects: boolean;
  prospectsSheet?: string;
  mapping?: ColumnMapping;
}

export interface SaveSetupResult {
  stages: number;
  renamedProspects: number;
  invalidValues: number;
}

export interface RestoreSetupResult {
  /** The restored tab's name. */
  sheet: string;
  stages: number;
}

export interface StageProblemView {
  /** 1-based sheet row. */
  row: number;
  /** Who the row holds, sent back with a fix so the server can check the row still holds that prospect. */
  id: string;
  name: string;
  value: string;
  problem: string;
  suggestion: string;
}

export interface CheckResult {
  sheet: string | null;
  problems: StageProblemView[];
}

export interface FixRequest {
  row: number;
  /** The ID and name Check listed for the row; the fix is refused if the row now holds another prospect. */
  id: string;
  name: string;
  /** What the cell held when the check ran; the fix is refused if it changed. */
  value: string;
  replacement: string;
}

export interface HistoryEntry {
  when: string;
  from: string;
  to: string;
  status: string;
  by: string;
  note: string;
}

/** One prospect's Stage History, with what the log tells about its stage (the selection poll does not read the log). */
export interface ProspectHistory {
  /** Newest first. */
  entries: HistoryEntry[];
  /** As in ProspectView, with the log as the fallback for a sheet without a Stage since column. */
  daysInStage: number | null;
  stalled: boolean;
  /** True when only the end of a long log was read and this prospect may have older entries there. */
  olderNotShown: boolean;
}

/** Every function the sidebar may call through google.script.run. */
export interface ServerApi {
  getSidebarState(): SidebarState;
  getSelection(): SelectionView;
  moveProspects(request: MoveRequest): MoveResult;
  getPipelineSummary(owner: string | null): PipelineSummary;
  /** The setup; with a sheet name, that sheet's headers and guessed mapping (to switch the prospects sheet). */
  getSetup(sheet?: string | null): SetupView;
  saveSetup(request: SaveSetupRequest): SaveSetupResult;
  /** Writes Pipeline Setup back from the saved copy after it was deleted (refused when there is no copy). */
  restoreSetup(): RestoreSetupResult;
  checkStages(): CheckResult;
  fixStage(request: FixRequest): CheckResult;
  goToRow(row: number): void;
  getProspectHistory(row: number): ProspectHistory;
  buildDashboard(): { sheet: string };
}
