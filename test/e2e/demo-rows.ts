// Finds rows of the demo's prospects sheet for a test to act on (the data is generated, so rows are looked up).
import type { Preview } from '../../preview/server';

export interface DemoRow {
  row: number;
  id: string;
  name: string;
  stage: string;
  status: string;
}

/** Every prospect row with its stage and status; `used` rows are skipped by `pick`. */
export class DemoRows {
  private readonly used = new Set<number>();

  constructor(private readonly preview: Preview) {}

  get sheet(): string {
    return this.preview.session.workbook.sheets[0]?.name ?? 'Leads';
  }

  all(): Array<DemoRow & { values: unknown[] }> {
    const [headers = [], ...rows] = this.preview.session.workbook.sheet(this.sheet).values();
    const column = (name: string) => headers.indexOf(name);
    const [id, name, stage, status] = [column('ID') >= 0 ? column('ID') : 0, column('Name') >= 0 ? column('Name') : 1, 3, 4];
    return rows.map((values, i) => ({
      row: i + 2,
      id: String(values[id]),
      name: String(values[name]),
      stage: String(values[stage]),
      status: String(values[status]),
      values,
    }));
  }

  /** The first unused open prospect at one of `stages` whose `filled` columns (0-based) are not blank. */
  pick(stages: string | string[], filled: number[] = [], open = 'Open'): DemoRow {
    const wanted = typeof stages === 'string' ? [stages] : stages;
    const found = this.all().find(
      (r) => !this.used.has(r.row) && r.status === open && wanted.includes(r.stage) && filled.every((c) => String(r.values[c] ?? '') !== ''),
    );
    if (!found) throw new Error(`The demo has no open prospect at ${wanted.join(' / ')} left.`);
    this.used.add(found.row);
    return found;
  }
}

/** 0-based columns of the demo's prospects sheet. */
export const COLUMN = { owner: 2, value: 5, phone: 9, nextStep: 11 };
