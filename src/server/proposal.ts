// The pipeline proposed to a sheet without a setup: the template its stage cells fit, which rows are judged against
// until the user saves a setup (never the English default for a Vietnamese car dealer's sheet).
import { findCandidate, proposeTemplate, type TemplateFit } from '../core/template-fit';
import type { Locale, StageSetup } from '../core/types';
import type { Services, SpreadsheetLike } from '../sheets/gas';
import { readProspectColumns } from '../sheets/prospect-rows';
import { findProspects, type ProspectsTable } from '../sheets/prospects-sheet';
import { cacheProposal, cachedProposal, type Settings } from '../sheets/settings';
import type { SetupProposal } from './api';

/** What the proposal needs of a server call's context. */
interface Where {
  services: Services;
  spreadsheet: SpreadsheetLike;
  settings: Settings;
  locale: Locale;
}

// Setups handed out as proposals: saving their copy would make them look saved (and then "deleted", with the
// sidebar offering to restore a tab that never existed).
const proposals = new WeakSet<readonly StageSetup[]>();

/** True for stages that came from a proposal, not from Pipeline Setup or its saved copy. */
export function isProposal(stages: readonly StageSetup[]): boolean {
  return proposals.has(stages);
}

/**
 * The proposal for `table`'s stage cells (`rows`, or one read of the stage column), remembered in the document
 * cache for the views that do not read that column (the selection poll).
 */
export function proposalFor(where: Where, table: ProspectsTable | null, rows?: unknown[][]): TemplateFit {
  const column = table ? table.columns.stage : -1;
  const cells = table && column >= 0 ? (rows ?? readProspectColumns(table, [column])) : [];
  const fit = proposeTemplate(
    cells.map((row) => row[column]),
    where.locale,
  );
  cacheProposal(where.services, where.locale, fit);
  proposals.add(fit.stages);
  return fit;
}

/** Unmatched values the sidebar lists at most. */
const UNMATCHED_LISTED = 20;

/** The proposal as the sidebar shows it. */
export function proposalView(fit: TemplateFit): SetupProposal {
  return {
    templateId: fit.id,
    locale: fit.locale,
    title: fit.title,
    counts: fit.counts,
    unmatched: fit.unmatched.slice(0, UNMATCHED_LISTED),
    moreUnmatched: Math.max(0, fit.unmatched.length - UNMATCHED_LISTED),
    rows: fit.rows,
  };
}

/** The stages rows are judged against while no setup is saved: the proposal remembered, else computed now. */
export function proposedSetup(where: Where): StageSetup[] {
  const cached = cachedProposal(where.services, where.locale);
  const stages =
    (cached && findCandidate(cached.id, cached.locale)?.stages) || proposalFor(where, findProspects(where.spreadsheet, where.settings)).stages;
  proposals.add(stages);
  return stages;
}
