// Maps from text (or integers) to a number for the big lookups (a sheet's customers, a history's keys): one per row, tens of thousands of keys.

/**
 * Behaves as a Map<string, number> (keys equal when the strings are equal), in flat typed arrays: a lookup reads a
 * slot array that stays in the processor's cache and compares a stored string only when its hash matches, where a
 * Map of 25k fresh strings from a sheet misses the cache several times per lookup.
 */
export class StringMap {
  private capacity = 1024;
  private slots = new Int32Array(this.capacity).fill(-1);
  private hashes = new Int32Array(this.capacity);
  private readonly keys: string[] = [];
  private readonly values: number[] = [];
  // The hash of the key of the last lookup that missed: adding it next needs no second hash.
  private missedKey: string | null = null;
  private missedHash = 0;

  get size(): number {
    return this.keys.length;
  }

  get(key: string): number | undefined {
    const hash = hashOf(key);
    const mask = this.capacity - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry < 0) break;
      if (this.hashes[slot] === hash && this.keys[entry] === key) return this.values[entry];
    }
    this.missedKey = key;
    this.missedHash = hash;
    return undefined;
  }

  /** Adds a key that is not in the map yet (the callers look it up first). */
  add(key: string, value: number): void {
    if ((this.keys.length + 1) * 2 > this.capacity) this.grow();
    const hash = key === this.missedKey ? this.missedHash : hashOf(key);
    const mask = this.capacity - 1;
    let slot = hash & mask;
    while (this.slots[slot] >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = this.keys.length;
    this.hashes[slot] = hash;
    this.keys.push(key);
    this.values.push(value);
  }

  private grow(): void {
    const slots = this.slots;
    const hashes = this.hashes;
    this.capacity *= 2;
    this.slots = new Int32Array(this.capacity).fill(-1);
    this.hashes = new Int32Array(this.capacity);
    const mask = this.capacity - 1;
    for (let old = 0; old < slots.length; old++) {
      if (slots[old] < 0) continue;
      let slot = hashes[old] & mask;
      while (this.slots[slot] >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = slots[old];
      this.hashes[slot] = hashes[old];
    }
  }
}

/** Cells to numbers: text in a StringMap, numbers and the rest in a Map (so 1001 and "1001" stay apart, as in a Map). */
export class CellMap {
  private readonly text = new StringMap();
  private readonly other = new Map<unknown, number>();

  get(cell: unknown): number | undefined {
    return typeof cell === 'string' ? this.text.get(cell) : this.other.get(cell);
  }

  /** Adds a cell that is not in the map yet. */
  add(cell: unknown, value: number): void {
    if (typeof cell === 'string') this.text.add(cell, value);
    else this.other.set(cell, value);
  }
}

/** FNV-1a over the UTF-16 code units, then mixed so that the low bits (the slot) depend on every character. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

const SPELLING_SLOTS = 256;

/**
 * A cell's code (a stage's, a status's), computed once per distinct cell. Columns such as To, Status or Stage hold
 * a few dozen spellings in fresh strings: the last string met in each of 256 slots (picked by length and two
 * characters) is compared as text with `===`, which reads the cell once, where a Map would hash it first.
 */
export class CellCodes {
  private readonly texts = new Array<string | undefined>(SPELLING_SLOTS).fill(undefined);
  private readonly codes = new Int32Array(SPELLING_SLOTS);
  private readonly known = new Map<unknown, number>();

  /** `codeOf` must give the same code for equal cells (it is asked once per distinct cell; objects are never kept). */
  constructor(private readonly codeOf: (cell: unknown) => number) {}

  get(cell: unknown): number {
    if (typeof cell === 'string') {
      const n = cell.length;
      const slot = n === 0 ? 0 : (n * 31 + cell.charCodeAt(0) * 7 + cell.charCodeAt(n - 1)) & (SPELLING_SLOTS - 1);
      if (this.texts[slot] === cell) return this.codes[slot];
      const code = this.lookUp(cell);
      this.texts[slot] = cell;
      this.codes[slot] = code;
      return code;
    }
    return typeof cell === 'object' ? this.codeOf(cell) : this.lookUp(cell);
  }

  private lookUp(cell: unknown): number {
    let code = this.known.get(cell);
    if (code === undefined) this.known.set(cell, (code = this.codeOf(cell)));
    return code;
  }
}

/** Positive integers (below 2³¹) to numbers, in flat typed arrays. */
export class IntMap {
  private capacity = 1024;
  private keys = new Int32Array(this.capacity);
  private values = new Int32Array(this.capacity);
  private size = 0;

  get(key: number): number | undefined {
    const mask = this.capacity - 1;
    for (let slot = mixed(key) & mask; ; slot = (slot + 1) & mask) {
      const stored = this.keys[slot];
      if (stored === key) return this.values[slot];
      if (stored === 0) return undefined;
    }
  }

  /** Adds a key that is not in the map yet. */
  add(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.capacity) this.grow();
    this.put(key, value);
    this.size++;
  }

  private put(key: number, value: number): void {
    const mask = this.capacity - 1;
    let slot = mixed(key) & mask;
    while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
    this.keys[slot] = key;
    this.values[slot] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.capacity *= 2;
    this.keys = new Int32Array(this.capacity);
    this.values = new Int32Array(this.capacity);
    for (let old = 0; old < keys.length; old++) if (keys[old] !== 0) this.put(keys[old], values[old]);
  }
}

/** Spreads consecutive IDs (1001, 1002…) over the slots. */
function mixed(key: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return h ^ (h >>> 15);
}
