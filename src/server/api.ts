// The contract between the sidebar and the server: plain JSON both ways (no Date crosses google.script.run).

import type { SearchHit } from '../core/search';
import type { TodayKind } from '../core/today';
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
  /** Headers of the exit criteria of stages it is past that are still empty ("moved without: Value"). */
  movedWithout: string[];
  /** Lost, with its lost reason cell empty (typed to Lost in the sheet): the sidebar asks for the reason. */
  lostWithoutReason: boolean;
  /** The Next step cell's text ("" when blank or when the sheet has no such column). */
  nextStep: string;
  /** The follow-up day, "YYYY-MM-DD" in the spreadsheet's time zone, or "" when the cell holds no date. */
  followUp: string;
  /** What the follow-up cell holds when it is not a date (typed as words, say), else "". */
  followUpUnreadable: string;
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
  view: 'prospect' | 'pipeline' | 'setup' | 'check' | 'today';
  /** The spreadsheet's time zone (File > Settings): "today" and follow-up dates are days there. */
  timeZone: string;
  prospectsSheet: string | null;
  mapping: ColumnMapping;
  stages: StageSetup[];
  /** Problems with the setup that the user must fix (no prospects sheet, no stage column, invalid pipeline). */
  problems: string[];
  /** Pipeline Setup was deleted: the saved copy stands in for it (stages) until restoreSetup brings the tab back. */
  setupMissing: boolean;
  /**
   * No setup was ever saved: `stages` are the proposal's (a template's without its buyer steps and playbooks, which
   * the sidebar fills in from its own copy of the templates), and the sidebar prompts "set up your pipeline".
   */
  proposal: SetupProposal | null;
  /** The sheet has no Status column: Won and Lost replace the stage unless the user adds one (null: it has one). */
  statusOffer: StatusOffer | null;
}

/** The template that fits a sheet without a setup, and how it would read the sheet's stage cells. */
export interface SetupProposal {
  /** A template id, or "default" for the built-in pipeline (Lead … Proposal, Won, Lost). */
  templateId: string;
  locale: Locale;
  title: string;
  /** Prospects per stage of the proposed pipeline, in its order. */
  counts: { stage: string; count: number }[];
  /** Stage values it would not read, most frequent first (at most 20 listed). */
  unmatched: { value: string; count: number }[];
  /** Distinct unmatched values beyond the ones listed. */
  moreUnmatched: number;
  /** Rows with a stage value. */
  rows: number;
}

export interface StatusOffer {
  /** "offer": ask before the first Won or Lost; "declined": the user said no (Won and Lost replace the stage). */
  state: 'offer' | 'declined';
  /** The header the column would get, in the user's language. */
  header: string;
  /** Its column letter (after the last used column). */
  column: string;
}

export interface AddStatusColumnResult {
  header: string;
  column: string;
  /** False when the sheet had a Status column already (added meanwhile by someone else): nothing was written. */
  added: boolean;
}

export interface LostReasonRequest {
  prospect: ProspectRef;
  reason: string;
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

/** A prospect of a batch move that stayed where it was, and why. */
export interface HeldBack {
  row: number;
  name: string;
  reason: string;
  /** True when only its exit criteria held it back: resending it with force moves it. */
  criteria: boolean;
}

export interface MoveResult {
  moved: number;
  prospects: ProspectView[];
  /**
   * Set when a prospect did not move because exit criteria are missing: the message says which, and the user may
   * resend with force. A single prospect's other refusals are errors.
   */
  blocked?: { message: string };
  /** In a batch, the prospects that stayed (exit criteria missing, closed, not a stage…), each with why; the others moved. */
  heldBack?: HeldBack[];
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
  /** Open prospects whose value is text or another non-number: the weighted open value leaves them out (fix them in Check). */
  unreadableValues: number;
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
  /** No setup saved yet: the template proposed for this sheet (the stages above are its stages, texts left to the sidebar). */
  proposal: SetupProposal | null;
}

export interface SaveSetupRequest {
  stages: StageSetup[];
  /** Stages renamed in the editor: old name → new name. */
  renames: { from: string; to: string }[];
  /** Rename the stage cells of the prospects sheet too. */
  renameProspects: boolean;
  prospectsSheet?: string;
  mapping?: ColumnMapping;
  /** Removed stages whose prospects go to another stage: old name → a stage of the saved pipeline. */
  moves?: { from: string; to: string }[];
}

export interface SaveSetupResult {
  stages: number;
  renamedProspects: number;
  invalidValues: number;
  /** Saved, but worth a look: exit criteria that name no column of the sheet (they never block a move). */
  warnings: string[];
  /** Prospects moved out of removed stages (logged in Stage History as moves). */
  movedProspects: number;
}

export interface RestoreSetupResult {
  /** The restored tab's name. */
  sheet: string;
  stages: number;
}

/** What addFollowUpColumns did: the headers it appended (none when the sheet had the columns), and the columns now mapped. */
export interface AddColumnsResult {
  sheet: string;
  added: string[];
  /** The header row as it is now, for the Setup view's column mapping. */
  headers: string[];
  /** Role → header of the Next step and Follow-up date columns, added or found. */
  mapping: ColumnMapping;
}

export interface StageProblemView {
  /** 1-based sheet row. */
  row: number;
  /** Who the row holds, sent back with a fix so the server can check the row still holds that prospect. */
  id: string;
  name: string;
  value: string;
  problem: string;
  /** The stage the fix writes, or "" when there is no obvious one. */
  suggestion: string;
  /** The status the fix also writes (a won or lost word on a sheet with a Status column), or "". */
  suggestedStatus: string;
  /** Rows listed with the same value and the same fix, this one included: "fix all N rows" when more than one. */
  sameFix: number;
}

/** A prospect Check lists for something other than its stage cell. */
export interface FlaggedProspect {
  row: number;
  id: string;
  name: string;
  stage: string;
  /** For "moved without": the headers of the exit criteria left empty. */
  missing: string[];
}

export interface DuplicateView {
  kind: 'phone' | 'email' | 'nameCustomer';
  /** What the rows share, as the first spells it. */
  value: string;
  rows: { row: number; id: string; name: string }[];
}

export interface CheckResult {
  sheet: string | null;
  problems: StageProblemView[];
  /** Stage and status cells that match by key but not letter for letter: Tidy spelling rewrites them. */
  untidy: number;
  /** Prospects past stages whose exit criteria are still empty (at most CHECK_LISTED; the count is of all). */
  movedWithout: FlaggedProspect[];
  movedWithoutCount: number;
  /** Lost prospects with an empty lost reason. */
  lostWithoutReason: FlaggedProspect[];
  lostWithoutReasonCount: number;
  /** Possible duplicates (at most CHECK_LISTED groups). */
  duplicates: DuplicateView[];
  duplicateCount: number;
}

export interface FixRequest {
  row: number;
  /** The ID and name Check listed for the row; the fix is refused if the row now holds another prospect. */
  id: string;
  name: string;
  /** What the cell held when the check ran; the fix is refused if it changed. */
  value: string;
  replacement: string;
  /** The status Check offered with the fix (suggestedStatus), or "". */
  status?: string;
}

/** Several fixes in one batch ("fix all N rows"): all are made, or none. */
export interface FixStagesRequest {
  fixes: FixRequest[];
}

/** The check after a fix, and how many cells the fix rewrote. */
export interface FixResult extends CheckResult {
  fixed: number;
}

/** A value the formulas refuse (text, a date, a checkbox…) on a prospect row. */
export interface ValueProblemView {
  /** 1-based sheet row. */
  row: number;
  /** Who the row holds, sent back with a fix so the server can check the row still holds that prospect. */
  id: string;
  name: string;
  /** The cell as it reads: text as typed, TRUE/FALSE, a date as 2026-01-05. */
  value: string;
  /** The one number the text means ("850tr" → 850000000), or null when it means none or could mean two ("1.130"). */
  reading: number | null;
}

export interface ValueCheckResult {
  sheet: string | null;
  /** The value column's header, or null when the prospects sheet has none (nothing to check). */
  column: string | null;
  problems: ValueProblemView[];
}

export interface FixValuesRequest {
  /** Rows to fix, all reading as the same number: the value column gets that number on each (one write). */
  rows: { row: number; id: string; name: string; value: string }[];
}

export interface FixValuesResult {
  fixed: number;
  /** Why rows were not fixed (changed since the check, a formula, no reading), in the user's language. */
  skipped: string[];
  check: ValueCheckResult;
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

/** Writes the next step and follow-up date of prospects (those two cells only). */
export interface NextStepRequest {
  prospects: ProspectRef[];
  nextStep: string;
  /** "YYYY-MM-DD" (a day in the spreadsheet's time zone), or "" to clear the date. Dates never cross google.script.run. */
  followUp: string;
}

export interface NextStepResult {
  saved: number;
  nextStep: string;
  followUp: string;
}

export type { TodayKind };

export interface TodayItem {
  kind: TodayKind;
  row: number;
  id: string;
  name: string;
  stage: string;
  owner: string;
  phone: string;
  nextStep: string;
  /** "YYYY-MM-DD", or "". */
  followUp: string;
  /** Overdue: days past the date; stalled: days in stage. */
  days: number;
  stallDays: number | null;
  mine: boolean;
}

export interface TodayRequest {
  /** Everyone's prospects (mine first), not only mine. */
  everyone?: boolean;
}

export interface TodayView {
  /** The day it is in the spreadsheet's time zone, "YYYY-MM-DD". */
  today: string;
  /** Whose prospects are "mine": the owner name the user picked, else their email; null when neither is known. */
  me: string | null;
  /** True when `me` is a name the user picked (not matched from their email). */
  mePicked: boolean;
  /** Everyone's prospects are listed (asked for, or nobody is known to be "me"). */
  everyone: boolean;
  owners: string[];
  /** Per section, of what is listed (mine, or everyone's). */
  counts: Record<TodayKind, number>;
  /** Per section, of my prospects only (all zero when `me` is null). */
  mineCounts: Record<TodayKind, number>;
  /** In section order, at most TODAY_LISTED per section (the counts say how many in all). */
  items: TodayItem[];
  /** Which columns the sheet has (the view says what it cannot show without them). */
  columns: { nextStep: boolean; followUp: boolean; owner: boolean; phone: boolean };
  /** Follow-up cells that hold no date (left out of the list). */
  unreadableDates: number;
}

/** A prospect search found, and by what (the core's rule, sent as it is). */
export type ProspectSearchHit = SearchHit;

export interface ProspectSearchResult {
  query: string;
  hits: ProspectSearchHit[];
  more: number;
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
  fixStage(request: FixRequest): FixResult;
  /** "Fix all N rows": one read, one write per column, one history append. */
  fixStages(request: FixStagesRequest): FixResult;
  /** Rewrites every stage and status cell matching by key to the exact spelling (logged as fixes). */
  tidySpelling(): FixResult;
  /** Values that are not numbers, each with the number it reads as where that is unambiguous. */
  checkValues(): ValueCheckResult;
  /** Writes the number a group of values reads as (no Stage History row: a value fix is not a stage change). */
  fixValues(request: FixValuesRequest): FixValuesResult;
  goToRow(row: number): void;
  getProspectHistory(row: number): ProspectHistory;
  buildDashboard(): { sheet: string };
  /** Appends the Next step and Follow-up date columns the prospects sheet lacks (after its last column), and highlights overdue dates. */
  addFollowUpColumns(): AddColumnsResult;
  /** Appends a Status column after the last used column, with its dropdown, and maps it (under the lock). */
  addStatusColumn(): AddStatusColumnResult;
  /** Remembers that the user does not want a Status column (asked once). */
  declineStatusColumn(): void;
  /** Writes the lost reason of a prospect that is lost without one (that cell only, under the lock, identity checked). */
  saveLostReason(request: LostReasonRequest): ProspectView;
  /** Next step and follow-up date: the two cells only, under the lock, each row's identity checked. */
  saveNextStep(request: NextStepRequest): NextStepResult;
  getToday(request: TodayRequest | null): TodayView;
  /** Remembers (in the user's own properties) which owner name is "me" in this spreadsheet; "" forgets it. */
  setMyName(name: string): { name: string };
  searchProspects(query: string): ProspectSearchResult;
}
