// The demo's sheets as rows: Leads (one prospect a row, with a few typing slips) and the Stage History log.
import type { Locale } from '../../src/core/types';
import { HISTORY_HEADERS } from '../../src/core/history';
import { withoutAccents } from '../../src/core/names';
import type { StageSetup } from '../../src/core/types';
import { EMAIL_DOMAIN } from './dealership';
import type { DemoProspect, Step } from './prospects';
import type { Random } from './random';
import type { DemoWords } from './words';

/** 1-based columns of the prospects sheet (the headers are in DemoWords, in the same order). */
export const COLUMNS = {
  id: 1,
  name: 2,
  owner: 3,
  stage: 4,
  status: 5,
  value: 6,
  customer: 7,
  since: 8,
  lostReason: 9,
  phone: 10,
  email: 11,
  nextStep: 12,
  followUp: 13,
};

const lastStep = (prospect: DemoProspect): Step => prospect.steps[prospect.steps.length - 1] as Step;

/** Which prospects get a misspelt stage: open ones, each at the stage its slip imitates (the number anywhere). */
export function typoRows(prospects: readonly DemoProspect[], words: DemoWords, random: Random): Map<number, string | number> {
  const typos = new Map<number, string | number>();
  words.typos.forEach((typo, i) => {
    const stage = typeof typo === 'number' ? -1 : i + 1;
    const candidates = prospects
      .map((prospect, index) => ({ prospect, index }))
      .filter(({ prospect, index }) => prospect.outcome === 'open' && !typos.has(index) && (stage < 0 || lastStep(prospect).stage === stage));
    const chosen = candidates.length ? random.pick(candidates) : undefined;
    if (chosen) typos.set(chosen.index, typo);
  });
  return typos;
}

export function leadsRows(
  prospects: readonly DemoProspect[],
  steps: readonly StageSetup[],
  typos: Map<number, string | number>,
  words: DemoWords,
): unknown[][] {
  return [
    words.headers,
    ...prospects.map((p, i) => {
      const last = lastStep(p);
      return [
        p.id,
        p.name,
        p.owner,
        typos.get(i) ?? (steps[last.stage] as StageSetup).name,
        words.status[p.outcome],
        p.value ?? '',
        p.customer,
        last.when,
        p.lostReason,
        p.phone,
        p.email,
        p.nextStep,
        p.followUp ?? '',
      ];
    }),
  ];
}

export function ownerEmail(owner: string): string {
  return `${withoutAccents(owner).toLowerCase()}@${EMAIL_DOMAIN}`;
}

/** The log: one row per stage change (the first one says where the lead came from), oldest first. */
export function historyRows(prospects: readonly DemoProspect[], steps: readonly StageSetup[], words: DemoWords, locale: Locale): unknown[][] {
  const entries: unknown[][] = [];
  for (const p of prospects) {
    const by = ownerEmail(p.owner);
    const name = (i: number) => (steps[i] as StageSetup).name;
    p.steps.forEach((step, i) => {
      const won = (steps[step.stage] as StageSetup).kind === 'won';
      entries.push([
        step.when,
        p.id,
        p.name,
        i === 0 ? '' : name((p.steps[i - 1] as Step).stage),
        name(step.stage),
        won ? words.status.won : '',
        by,
        i === 0 ? p.source : '',
      ]);
    });
    if (p.lostAt) entries.push([p.lostAt, p.id, p.name, name(lastStep(p).stage), name(lastStep(p).stage), words.status.lost, by, p.lostReason]);
  }
  entries.sort((a, b) => (a[0] as Date).getTime() - (b[0] as Date).getTime());
  return [HISTORY_HEADERS[locale], ...entries];
}

/**
 * The sheet row of a prospect that shows the add-on at its best on first sight: open, at the moment of truth, nothing
 * missing, and the most recent such one (not yet stalled).
 */
export function showcaseRow(prospects: readonly DemoProspect[], steps: readonly StageSetup[], typos: Map<number, string | number>): number {
  const moment = steps.findIndex((s) => s.momentOfTruth);
  let best = -1;
  prospects.forEach((p, i) => {
    const fits = !typos.has(i) && p.outcome === 'open' && lastStep(p).stage === moment && p.phone && p.nextStep && p.value !== null;
    if (fits && (best < 0 || lastStep(p).when > lastStep(prospects[best] as DemoProspect).when)) best = i;
  });
  return Math.max(best, 0) + 2;
}
