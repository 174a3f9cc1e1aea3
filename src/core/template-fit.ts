// Which pipeline fits a sheet that has no setup yet: the template whose stage names its stage cells use most.
import { DEFAULT_MOMENT_OF_TRUTH, DEFAULT_STAGE_NAMES, defaultPipeline } from './pipeline';
import { isBlank, nameKey, withoutAccents } from './names';
import { templateStages, type TemplateStages } from './template-stages';
import type { Locale, StageSetup } from './types';

/** The built-in default pipeline (English only): what a sheet already using its names fits best. */
export const DEFAULT_TEMPLATE_ID = 'default';

export interface Candidate {
  /** A template id, or DEFAULT_TEMPLATE_ID. */
  id: string;
  locale: Locale;
  title: string;
  stages: StageSetup[];
}

export interface StageCount {
  stage: string;
  count: number;
}

export interface TemplateFit {
  id: string;
  locale: Locale;
  title: string;
  stages: StageSetup[];
  /** Prospects per stage of the proposed pipeline, in its order (stages no row uses included, with 0). */
  counts: StageCount[];
  /** Stage values the proposed pipeline would not read, most frequent first. */
  unmatched: { value: string; count: number }[];
  /** Rows whose stage cell is not blank. */
  rows: number;
}

/** How a template is chosen: by name key with accents ignored too (people type "Lai thu" for "Lái thử"). */
const fitKey = (text: string) => withoutAccents(nameKey(text));

function defaultCandidate(): Candidate {
  const pipeline = defaultPipeline();
  return {
    id: DEFAULT_TEMPLATE_ID,
    locale: 'en',
    title: DEFAULT_STAGE_NAMES.join(', '),
    stages: [...pipeline.steps, ...pipeline.lost].map((stage) => ({
      name: stage.name,
      kind: stage.kind,
      probability: stage.probability,
      momentOfTruth: stage.key === nameKey(DEFAULT_MOMENT_OF_TRUTH),
      buyerStep: '',
      stallDays: null,
      exitCriteria: [],
      playbook: '',
      followUpDays: null,
    })),
  };
}

/**
 * Every pipeline a sheet may be proposed: the built-in default first (it wins ties), then the templates in their order.
 * A template's stages come without their buyer step and playbook: Code.js does not carry those texts (template-texts.ts),
 * the sidebar fills them in from the proposal's template id and language.
 */
export function candidates(): Candidate[] {
  const copy = (t: TemplateStages): Candidate => ({
    id: t.id,
    locale: t.locale,
    title: t.title,
    stages: t.stages.map((s) => ({ ...s, buyerStep: '', exitCriteria: [...s.exitCriteria], playbook: '' })),
  });
  return [defaultCandidate(), ...templateStages.map(copy)];
}

interface Tallied {
  value: string;
  /** The name key, as the formulas and the sidebar read a stage cell. */
  key: string;
  count: number;
}

/** Distinct non-blank stage values (by name key) with how many rows hold each; spelling kept from the first row. */
function tally(values: readonly unknown[]): Tallied[] {
  const byKey = new Map<string, Tallied>();
  for (const cell of values) {
    if (isBlank(cell)) continue;
    const value = typeof cell === 'string' ? cell.trim() : String(cell);
    const key = nameKey(value);
    const entry = byKey.get(key) ?? { value, key, count: 0 };
    entry.count++;
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

/** Rows whose value names one of `stages` (by key, accents ignored). */
function score(tallied: readonly Tallied[], stages: readonly StageSetup[]): number {
  const keys = new Set(stages.map((s) => fitKey(s.name)));
  return tallied.reduce((sum, t) => sum + (keys.has(fitKey(t.key)) ? t.count : 0), 0);
}

/**
 * The pipeline to propose for a sheet without a setup, and how it would read the sheet's stage cells.
 * The template is chosen by how many rows name one of its stages in either language; its language by which of its
 * two versions names more of them; ties (and a sheet without stages) go to the user's language. With no match at
 * all: the built-in default for English, the generic B2B template for Vietnamese (the default has no Vietnamese).
 */
export function proposeTemplate(stageValues: readonly unknown[], locale: Locale): TemplateFit {
  const tallied = tally(stageValues);
  const all = candidates();
  const ids = [...new Set(all.map((c) => c.id))];
  let best: { id: string; score: number } = { id: '', score: 0 };
  for (const id of ids) {
    const both = all.filter((c) => c.id === id).flatMap((c) => c.stages);
    const s = score(tallied, both);
    if (s > best.score) best = { id, score: s };
  }
  const id = best.id || (locale === 'vi' ? 'b2b' : DEFAULT_TEMPLATE_ID);
  const versions = all.filter((c) => c.id === id);
  const mine = versions.find((c) => c.locale === locale) ?? versions[0];
  const other = versions.find((c) => c !== mine);
  const chosen = other && score(tallied, other.stages) > score(tallied, mine.stages) ? other : mine;
  return { ...chosen, ...readAs(tallied, chosen.stages) };
}

/**
 * How `stages` reads the tallied values, exactly as the pipeline will (by name key, accents kept): prospects per
 * stage, and the values it does not know (Check offers their fixes once the setup is saved).
 */
function readAs(tallied: readonly Tallied[], stages: readonly StageSetup[]): Pick<TemplateFit, 'counts' | 'unmatched' | 'rows'> {
  const counts = stages.map((s) => ({ stage: s.name, key: nameKey(s.name), count: 0 }));
  const unmatched: { value: string; count: number }[] = [];
  let rows = 0;
  for (const t of tallied) {
    rows += t.count;
    const stage = counts.find((c) => c.key === t.key);
    if (stage) stage.count += t.count;
    else unmatched.push({ value: t.value, count: t.count });
  }
  unmatched.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return { counts: counts.map(({ stage, count }) => ({ stage, count })), unmatched, rows };
}

/** The candidate with this id and language (for a proposal remembered by id), or undefined. */
export function findCandidate(id: string, locale: Locale): Candidate | undefined {
  return candidates().find((c) => c.id === id && c.locale === locale);
}
