// The demo's prospects: where each one came from, how far it got through the pipeline and when, deterministically.
import { fromWallClock, wallClock } from '../sheets/zone';
import {
  ENGLISH_NAMES,
  FAMILY_NAMES,
  FAMILY_WEIGHTS,
  FLEET_ACCOUNTS,
  GIVEN_NAMES,
  MIDDLE_NAMES,
  MODEL_WEIGHTS,
  MODELS,
  OWNER_WEIGHTS,
  OWNERS,
} from './dealership';
import type { Random } from './random';
import type { DemoWords } from './words';
import type { Outcome } from '../../src/core/types';
import { withoutAccents } from '../../src/core/names';
import { addDays, dayKeyOf, midnightOf } from '../../src/core/calendar-day';

/** One step of a prospect's journey: it entered stage `stage` (index in the pipeline's ordinary stages + won) at `when`. */
export interface Step {
  stage: number;
  when: Date;
}

export interface DemoProspect {
  id: string;
  name: string;
  owner: string;
  customer: string;
  phone: string;
  email: string;
  /** Deal value in VND, or null when not known yet. */
  value: number | null;
  source: string;
  steps: Step[];
  outcome: Outcome;
  /** When it was marked lost. */
  lostAt: Date | null;
  lostReason: string;
  nextStep: string;
  /** When to follow up (midnight in the dealership's zone), or null. */
  followUp: Date | null;
}

const DAY = 24 * 60 * 60 * 1000;
/** Chance to move on from each ordinary stage (retail, fleet), and the days that takes. */
const ADVANCE = [0.7, 0.74, 0.72, 0.8, 0.88, 0.97];
const FLEET_ADVANCE = [0.8, 0.82, 0.8, 0.82, 0.9, 0.97];
const STEP_DAYS: Array<[number, number]> = [
  [1, 5],
  [1, 7],
  [1, 4],
  [2, 8],
  [3, 10],
  [4, 18],
];
const WON = ADVANCE.length;

/** Ascii letters only, for e-mail addresses. */
function slug(text: string): string {
  return withoutAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** A working-hours time `days` days before `now`, in the dealership's time zone, never after `now`. */
function daysBefore(now: Date, days: number, random: Random, timeZone: string): Date {
  const day = wallClock(new Date(now.getTime() - days * DAY), timeZone);
  const when = fromWallClock({ ...day, hour: random.int(8, 18), minute: random.pick([0, 5, 10, 15, 20, 30, 40, 45, 50]), second: 0 }, timeZone);
  return when.getTime() < now.getTime() ? when : new Date(now.getTime() - 60 * 60 * 1000);
}

function personName(random: Random, taken: Set<string>): string {
  for (;;) {
    const name = random.chance(0.06)
      ? random.pick(ENGLISH_NAMES)
      : `${random.weighted(FAMILY_NAMES, FAMILY_WEIGHTS)} ${random.pick(MIDDLE_NAMES)} ${random.pick(GIVEN_NAMES)}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

function phone(random: Random): string {
  return `09${random.int(0, 9)}${random.int(0, 9)} ${random.int(100, 999)} ${random.int(100, 999)}`;
}

const roundTo5M = (value: number): number => Math.round(value / 5_000_000) * 5_000_000;

/** Walks a prospect through the pipeline from its first contact until it is won, lost, stuck, or reaches today. */
function journey(random: Random, created: Date, now: Date, fleet: boolean, timeZone: string): Pick<DemoProspect, 'steps' | 'outcome' | 'lostAt'> {
  const steps: Step[] = [{ stage: 0, when: created }];
  const odds = fleet ? FLEET_ADVANCE : ADVANCE;
  for (;;) {
    const last = steps[steps.length - 1] as Step;
    if (last.stage === WON) return { steps, outcome: 'won', lostAt: null };
    const [min, max] = STEP_DAYS[last.stage] as [number, number];
    const daysAgo = (now.getTime() - last.when.getTime()) / DAY;
    const wait = random.int(min, max);
    if (wait >= daysAgo) return { steps, outcome: 'open', lostAt: null };
    if (random.chance(odds[last.stage] as number)) {
      steps.push({ stage: last.stage + 1, when: daysBefore(now, daysAgo - wait, random, timeZone) });
      continue;
    }
    const lostAfter = random.int(1, 12);
    // Most prospects that stop moving are marked lost sooner or later; a few recent ones are still being chased.
    const stillChased = random.chance(daysAgo > 45 ? 0.12 : 0.5);
    if (stillChased || lostAfter >= daysAgo) return { steps, outcome: 'open', lostAt: null };
    return { steps, outcome: 'lost', lostAt: daysBefore(now, daysAgo - lostAfter, random, timeZone) };
  }
}

/**
 * The prospects, oldest first. `people` draws who they are and what they want (the same whatever "today" is);
 * `timeline` draws when things happen, which depends on today.
 */
export function demoProspects(
  people: Random,
  timeline: Random,
  words: DemoWords,
  now: Date,
  timeZone: string,
  count = 300,
  followUps?: Random,
): DemoProspect[] {
  const taken = new Set<string>();
  const fleetWeights = FLEET_ACCOUNTS.map((_, i) => 1 / (i + 1) ** 1.2);
  const drafts = Array.from({ length: count }, () => {
    const fleet = people.chance(0.15);
    const owner = people.weighted(OWNERS, OWNER_WEIGHTS);
    const name = personName(people, taken);
    const account = fleet ? people.weighted(FLEET_ACCOUNTS, fleetWeights) : null;
    const model = people.weighted(MODELS, MODEL_WEIGHTS);
    const cars = fleet ? 2 + Math.floor(people.next() ** 2 * 22) : 1;
    const unit = roundTo5M(model.price * (0.95 + people.next() * 0.1));
    const valueKnownEarly = fleet || people.chance(0.3);
    const random = timeline;
    // More leads lately: the business is growing (and older leads have had time to close).
    const created = daysBefore(now, 1 + Math.floor(184 * random.next() ** 1.3), random, timeZone);
    const path = journey(random, created, now, fleet, timeZone);
    const reached = (path.steps[path.steps.length - 1] as Step).stage;
    const [family = '', , given = ''] = name.split(' ');
    const email = account ? `${slug(given)}.${slug(family)}@${account.domain}` : `${slug(name)}${random.int(70, 99)}@example.com`;
    return {
      created,
      prospect: {
        id: '',
        name,
        owner,
        customer: account ? account.name : name,
        phone: reached === 0 && random.chance(0.3) ? '' : phone(random),
        email: random.chance(0.85) ? email : '',
        value: reached >= 2 || valueKnownEarly ? cars * unit : null,
        source: random.pick(words.leadSources),
        ...path,
        lostReason: path.outcome === 'lost' ? random.pick(words.lostReasons) : '',
        nextStep:
          path.outcome === 'won'
            ? random.pick(words.afterSale)
            : path.outcome === 'lost'
              ? random.chance(0.4)
                ? words.followUp
                : ''
              : reached === 0 && random.chance(0.25)
                ? ''
                : random.pick(words.nextSteps[reached] as string[]),
        followUp: null as Date | null,
      } satisfies DemoProspect,
    };
  });
  // IDs follow the order in which the leads arrived, as in a sheet where new leads are added at the bottom.
  drafts.sort((a, b) => a.created.getTime() - b.created.getTime());
  const prospects = drafts.map(({ prospect }, i) => ({ ...prospect, id: `SA-${String(i + 1).padStart(4, '0')}` }));
  // Drawn from their own stream, after everything else: the rest of the demo stays as it was before this column.
  if (followUps) for (const prospect of prospects) prospect.followUp = followUpOf(prospect, followUps, now, timeZone);
  return prospects;
}

/**
 * A rep's follow-up dates: most open prospects with a next step have one, a few already overdue and some due today
 * (so that Today has something first thing); an after-sale call 30 days after a win, a lost prospect's "in 90 days".
 * Reminders long past (old wins and losses) were dealt with: they are left blank.
 */
function followUpOf(prospect: DemoProspect, random: Random, now: Date, timeZone: string): Date | null {
  if (!prospect.nextStep) return null;
  const today = dayKeyOf(now, timeZone);
  const day = (offset: number) => midnightOf(addDays(today, offset), timeZone);
  if (prospect.outcome === 'open') {
    const roll = random.next();
    if (roll < 0.1) return null;
    if (roll < 0.24) return day(-random.int(1, 6));
    if (roll < 0.34) return day(0);
    return day(random.int(1, 12));
  }
  const from = prospect.outcome === 'won' ? (prospect.steps[prospect.steps.length - 1] as Step).when : prospect.lostAt;
  if (!from) return null;
  const offset = Math.round((from.getTime() - now.getTime()) / DAY) + (prospect.outcome === 'won' ? 30 : 90);
  return offset >= -2 ? day(offset) : null;
}

export { WON };
