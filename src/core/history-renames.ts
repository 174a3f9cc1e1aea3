// Stage renames in the Stage History: every row before a rename reads the old name as the new one, chained.
import { nameKey } from './names';
import { CellCodes } from './string-map';

/**
 * A log's renames in time order, applied as a reading goes forward: at each point a name is renamed by the renames
 * still to come. Their final names are a Map by nameKey, built walking back from the last rename (a rename's From
 * takes its To's final name); passing a rename puts back what its From mapped to before that rename was counted.
 * Linear in renames, however many; each spelling is renamed once between two renames.
 */
export class Renames {
  private readonly fromKeys: string[] = [];
  private readonly tos: string[] = [];
  private finalName = new Map<string, string>();
  /** By rename: what its From mapped to under the renames after it (undefined: nothing). */
  private before: (string | undefined)[] = [];
  private next = 0;
  /** The final names of the spellings met since the last rename passed (remade when first asked after one). */
  private finalNames: unknown[] = [];
  private codes: CellCodes | null = null;

  get count(): number {
    return this.tos.length;
  }

  /** How many renames the reading has passed. */
  get passed(): number {
    return this.next;
  }

  add(from: string, to: string): void {
    this.fromKeys.push(nameKey(from));
    this.tos.push(to);
  }

  /** Back before the first rename: every rename is to come. */
  rewind(): void {
    const finalName = new Map<string, string>();
    const before = new Array<string | undefined>(this.tos.length);
    for (let j = this.tos.length - 1; j >= 0; j--) {
      before[j] = finalName.get(this.fromKeys[j]);
      finalName.set(this.fromKeys[j], finalName.get(nameKey(this.tos[j])) ?? this.tos[j]);
    }
    this.finalName = finalName;
    this.before = before;
    this.next = 0;
    this.codes = null;
  }

  /** Past the next rename: it no longer applies. */
  pass(): void {
    const j = this.next++;
    const before = this.before[j];
    if (before === undefined) this.finalName.delete(this.fromKeys[j]);
    else this.finalName.set(this.fromKeys[j], before);
    this.codes = null;
  }

  /** A cell as the renames to come leave it (only text is renamed). */
  final(cell: unknown): unknown {
    if (typeof cell !== 'string' || this.finalName.size === 0) return cell;
    const code = (this.codes ??= this.newCodes()).get(cell);
    return this.finalNames[code];
  }

  private newCodes(): CellCodes {
    const finalNames: unknown[] = (this.finalNames = []);
    return new CellCodes((cell) => finalNames.push(this.finalName.get(nameKey(cell as string)) ?? cell) - 1);
  }
}
