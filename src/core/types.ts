// Domain types shared by the core, the server and the sidebar.

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
}


export type ColumnRole =
  | 'id' | 'prospect' | 'stage' | 'status' | 'value' | 'owner' | 'customer' | 'stageSince' | 'lostReason';

/** Role → header text of the column in the prospects sheet (absent = not mapped). */
export type ColumnMapping = Partial<Record<ColumnRole, string>>;
