// Domain types shared by the core, the server and the sidebar (and the column roles' list, which defines its type).

export type Locale = 'en' | 'vi';
export type StageKind = 'stage' | 'won' | 'lost';
/** Where a prospect ended up: still open, won or lost (from its stage kind and status). */
export type Outcome = 'open' | 'won' | 'lost';

/** One row of Pipeline Setup, as the sidebar edits it. */
export interface StageSetup {
  name: string;
  kind: StageKind;
  /** Fraction 0..1, or null when not filled in. */
  probability: number | null;
  momentOfTruth: boolean;
  buyerStep: string;
  /** Days in this stage after which a prospect counts as stalled; null = never. */
  stallDays: number | null;
  /** Prospect column headers that must be filled before leaving this stage. */
  exitCriteria: string[];
  playbook: string;
  /** Days from entering this stage to the follow-up date offered; null = no default. */
  followUpDays: number | null;
}

/** What a column of the prospects sheet holds, in the order the editor lists them. */
export const COLUMN_ROLES = [
  'id',
  'prospect',
  'stage',
  'status',
  'value',
  'owner',
  'customer',
  'stageSince',
  'lostReason',
  'nextStep',
  'followUp',
  'created',
  'expectedClose',
  'phone',
  'email',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Role → header text of the column in the prospects sheet (absent = not mapped). */
export type ColumnMapping = Partial<Record<ColumnRole, string>>;
