// Prospects by the cell that names them in Stage History: one lookup per row of a log of up to a million rows.
import { nameKey, prefixKey } from './names';
import { CellMap, IntMap, StringMap } from './string-map';

/** At most this many trailing digits are read as a number (a value stays below 10⁹, within an Int32). */
const MAX_DIGITS = 9;

/**
 * Cells to prospect numbers, two cells being the same prospect when their nameKeys are equal ("P7", "p7", "P7 ";
 * "SA-0047", "sa 0047"; 1001, "1001"), as a Map keyed by nameKey(String(cell)) would answer.
 *
 * Why not such a Map: a log's IDs are fresh strings, and hashing each one sends every lookup to a random place in a
 * table of hundreds of thousands of keys. IDs are mostly text and a number ("SA-0047", "KH00123", "P17", 1001),
 * numbered in the order prospects arrive, and a log's recent rows are about recent prospects. So text ending in up
 * to 9 digits is found by its text before the digits (the last one met is compared in place, without a copy) and
 * the digits as an index into an array per prefix and digit count: nearby IDs sit side by side, no ID is hashed or
 * copied, and only a new prefix is normalised. Other cells are keyed by nameKey in a hash table.
 */
export class KeyIndex {
  /** Digit tables by prefix as typed ("SA-"), shared by prefixes of the same key ("sa "). */
  private readonly byPrefix = new Map<string, DigitTables>();
  private readonly byPrefixKey = new Map<string, DigitTables>();
  private lastPrefix = '';
  private lastTables: DigitTables | null = null;
  /** Cells without trailing digits: as typed, then by nameKey. */
  private readonly cells = new CellMap();
  private readonly keys = new StringMap();

  /** The prospect of a cell (or of one with the same key) added before, else −1. */
  get(cell: unknown): number {
    if (typeof cell === 'string') {
      const start = digitsStart(cell);
      if (start >= 0) return this.tablesOf(cell, start).get(cell.length - start, digitsValue(cell, start));
    } else if (isSmallInteger(cell)) {
      return this.tablesOf('', 0).get(digitCount(cell), cell);
    }
    const known = this.cells.get(cell);
    if (known !== undefined) return known;
    if (typeof cell !== 'string' && typeof cell !== 'number') return -1;
    const p = this.getKey(nameKey(String(cell)));
    if (p >= 0) this.cells.add(cell, p);
    return p;
  }

  /** Adds a text or number cell whose get() was −1 as prospect p. */
  add(cell: string | number, p: number): void {
    if (typeof cell === 'string') {
      const start = digitsStart(cell);
      if (start >= 0) return this.tablesOf(cell, start).set(cell.length - start, digitsValue(cell, start), p);
    } else if (isSmallInteger(cell)) {
      return this.tablesOf('', 0).set(digitCount(cell), cell, p);
    }
    this.cells.add(cell, p);
    const key = nameKey(String(cell));
    const start = digitsStart(key);
    if (start >= 0) this.tablesOfKey(key.slice(0, start)).set(key.length - start, digitsValue(key, start), p);
    else this.keys.add(key, p);
  }

  /** A key (normalised already) that may end in digits: "sa 0047" is found where "SA-0047" was put. */
  private getKey(key: string): number {
    const start = digitsStart(key);
    if (start < 0) return this.keys.get(key) ?? -1;
    return this.tablesOfKey(key.slice(0, start)).get(key.length - start, digitsValue(key, start));
  }

  /** The tables of the text before position `start` of `cell`. */
  private tablesOf(cell: string, start: number): DigitTables {
    const last = this.lastPrefix;
    if (this.lastTables !== null && last.length === start && startsWith(cell, last)) return this.lastTables;
    const prefix = cell.slice(0, start);
    let tables = this.byPrefix.get(prefix);
    if (tables === undefined) this.byPrefix.set(prefix, (tables = this.tablesOfKey(prefixKey(prefix))));
    this.lastPrefix = prefix;
    this.lastTables = tables;
    return tables;
  }

  private tablesOfKey(key: string): DigitTables {
    let tables = this.byPrefixKey.get(key);
    if (tables === undefined) this.byPrefixKey.set(key, (tables = new DigitTables()));
    return tables;
  }
}

/** Character by character: no builtin call per row, where most rows share the last prefix. */
function startsWith(text: string, prefix: string): boolean {
  for (let i = 0; i < prefix.length; i++) if (text.charCodeAt(i) !== prefix.charCodeAt(i)) return false;
  return true;
}

const isSmallInteger = (cell: unknown): cell is number => typeof cell === 'number' && Number.isInteger(cell) && cell >= 0 && cell < 1e9;

function digitCount(n: number): number {
  let digits = 1;
  for (let limit = 10; n >= limit; limit *= 10) digits++;
  return digits;
}

/** Where the trailing run of ASCII digits starts, or −1 when there is none or it is longer than MAX_DIGITS. */
function digitsStart(text: string): number {
  let i = text.length;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c < 48 || c > 57) break;
    i--;
  }
  const digits = text.length - i;
  return digits === 0 || digits > MAX_DIGITS ? -1 : i;
}

function digitsValue(text: string, start: number): number {
  let value = 0;
  for (let i = start; i < text.length; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

/** One table per count of digits, so "007", "07" and "7" stay apart. */
class DigitTables {
  private readonly tables: (DigitTable | undefined)[] = [];

  get(digits: number, value: number): number {
    const table = this.tables[digits];
    return table === undefined ? -1 : table.get(value);
  }

  set(digits: number, value: number, p: number): void {
    (this.tables[digits] ??= new DigitTable()).set(value, p);
  }
}

/** A direct table may hold this many slots per entry before it turns into a hash table. */
const MAX_SLOTS_PER_ENTRY = 16;
const MIN_SLOTS = 4096;

/**
 * Values to prospects: while the values are dense (IDs numbered in order), an array over the range met so far,
 * indexed by value; past MAX_SLOTS_PER_ENTRY slots per entry, a hash table.
 */
class DigitTable {
  private base = 0;
  private slots: Int32Array | null = null; // prospect + 1; 0 = none
  private hashed: IntMap | null = null; // keyed by value + 1 (0 is its empty slot)
  private entries = 0;

  get(value: number): number {
    const slots = this.slots;
    if (slots !== null) {
      const at = value - this.base;
      return at >= 0 && at < slots.length ? slots[at] - 1 : -1;
    }
    return this.hashed === null ? -1 : (this.hashed.get(value + 1) ?? -1);
  }

  /** Sets a value that is not in the table yet. */
  set(value: number, p: number): void {
    this.entries++;
    if (this.hashed !== null) return this.hashed.add(value + 1, p);
    if (this.slots === null) {
      this.base = value;
      this.slots = new Int32Array(16);
    } else if (value < this.base || value >= this.base + this.slots.length) {
      this.cover(value);
      if (this.slots === null) return this.hashed!.add(value + 1, p);
    }
    this.slots![value - this.base] = p + 1;
  }

  /** Widens the array to take `value`, doubling; or moves the entries to a hash table when it would be too sparse. */
  private cover(value: number): void {
    const old = this.slots!;
    const low = Math.min(this.base, value);
    const high = Math.max(this.base + old.length, value + 1);
    let size = old.length;
    while (size < high - low) size *= 2;
    if (size > Math.max(MIN_SLOTS, this.entries * MAX_SLOTS_PER_ENTRY)) {
      this.hashed = new IntMap();
      for (let at = 0; at < old.length; at++) if (old[at] !== 0) this.hashed.add(this.base + at + 1, old[at] - 1);
      this.slots = null;
      return;
    }
    // Growing down puts the new space below; growing up, above.
    const base = value < this.base ? high - size : low;
    const slots = new Int32Array(size);
    slots.set(old, this.base - base);
    this.base = base;
    this.slots = slots;
  }
}
