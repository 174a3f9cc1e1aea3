// Spill sizes of the add-on's array formulas: HyperFormula fixes an array's size when it parses the formula, so the
// size it is given is the last one seen at that cell, and a formula whose result changed size is parsed again.

export interface Size {
  width: number;
  height: number;
}

export interface Address {
  sheet: number;
  row: number;
  col: number;
}

const key = (a: Address): string => `${a.sheet}:${a.row}:${a.col}`;
const same = (a: Size, b: Size): boolean => a.width === b.width && a.height === b.height;

export class SpillSizes {
  private readonly lastSeen = new Map<string, Size>();
  /** Sizes given at parse time, per formula root (a call nested inside another formula has none). */
  private readonly given = new WeakMap<object, Map<string, Size>>();
  private readonly toReparse = new Map<string, Address>();

  /** The size to give a formula rooted in one of our functions at `address` (1 × 1 the first time). */
  predict(root: object, address: Address): Size {
    const size = this.lastSeen.get(key(address)) ?? { width: 1, height: 1 };
    let sizes = this.given.get(root);
    if (!sizes) {
      sizes = new Map();
      this.given.set(root, sizes);
    }
    sizes.set(key(address), size);
    return size;
  }

  /**
   * Records the size a call at `address` produced. Returns the size it may fill now (undefined: no limit, the call
   * is nested in another formula) and marks the formula for parsing again when the size differs.
   */
  produced(root: object, address: Address, size: Size): Size | undefined {
    const given = this.given.get(root)?.get(key(address));
    if (!given) return undefined;
    this.lastSeen.set(key(address), size);
    if (!same(given, size)) this.toReparse.set(key(address), { ...address });
    return given;
  }

  /** The formulas to parse again, once; the list is emptied. */
  takeReparse(): Address[] {
    const list = [...this.toReparse.values()];
    this.toReparse.clear();
    return list;
  }
}
