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
  private passed = 0;
  private finalNames: unknown[] = [];
  private codes = new CellCodes(() => 0);

  get count(): number {
    return this.tos.length;
  }

  /** How many renames the reading has passed. */
  get behind(): number {
    return this.passed;
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
    this.passed = 0;
    this.forget();
  }

  /** Past the next rename: it no longer applies. */
  pass(): void {
    const j = this.passed++;
    const before = this.before[j];
    if (before === undefined) this.finalName.delete(this.fromKeys[j]);
    else this.finalName.set(this.fromKeys[j], before);
    this.forget();
  }

  /** A cell as the renames to come leave it (only text is renamed). */
  final(cell: unknown): unknown {
    if (typeof cell !== 'string' || this.finalName.size === 0) return cell;
    return this.finalNames[this.codes.get(cell)];
  }

  private forget(): void {
    const finalNames: unknown[] = (this.finalNames = []);
    this.codes = new CellCodes((cell) => finalNames.push(this.finalName.get(nameKey(cell as string)) ?? cell) - 1);
  }
}
