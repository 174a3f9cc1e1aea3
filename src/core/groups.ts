// Free-text labels (lost reasons, owners) grouped by key and printed in their most common spelling.
import { nameKey } from './names';

/** NFC, trimmed, runs of white space folded: the spelling a group is printed in. */
function spellingOf(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}

export interface LabelGroup {
  key: string;
  label: string;
}

/** Groups labels as rows are met: `add` returns the group's number, or -1 for a blank label. */
export class LabelGroups {
  private readonly cellIds = new Map<string | number, number>();
  private readonly cellGroup: number[] = [];
  private readonly cellCount: number[] = [];
  private readonly cellText: string[] = [];
  private readonly groupOfKey = new Map<string, number>();
  private readonly keys: string[] = [];

  add(cell: string | number): number {
    let id = this.cellIds.get(cell);
    if (id === undefined) {
      const text = typeof cell === 'number' ? String(cell) : cell;
      const key = nameKey(text);
      let group = -1;
      if (key !== '') {
        group = this.groupOfKey.get(key) ?? -1;
        if (group < 0) {
          group = this.keys.length;
          this.groupOfKey.set(key, group);
          this.keys.push(key);
        }
      }
      id = this.cellGroup.length;
      this.cellIds.set(cell, id);
      this.cellGroup.push(group);
      this.cellCount.push(0);
      this.cellText.push(text);
    }
    this.cellCount[id]++;
    return this.cellGroup[id];
  }

  /** Every group by number: its key and its most common spelling (a tie goes to the spelling met first). */
  groups(): LabelGroup[] {
    const counts = this.keys.map(() => new Map<string, number>());
    // Cells are numbered in the order they were met, so each group's spellings are too.
    this.cellGroup.forEach((group, id) => {
      if (group < 0) return;
      const spelling = spellingOf(this.cellText[id]);
      counts[group].set(spelling, (counts[group].get(spelling) ?? 0) + this.cellCount[id]);
    });
    return this.keys.map((key, group) => {
      let label = '';
      let best = 0;
      for (const [spelling, count] of counts[group]) if (count > best) [label, best] = [spelling, count];
      return { key, label };
    });
  }
}

/** Code point order of keys (not the locale's collation), so the order is the same everywhere. */
export function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
