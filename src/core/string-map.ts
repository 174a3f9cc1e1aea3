// A map from text to a number for the big lookups (a history's IDs, a sheet's customers): one per row, tens of thousands of keys.

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
