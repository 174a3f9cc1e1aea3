// Messy leads files as people keep them before any add-on: no Status column, amounts typed as text, stage slips, owners in mixed case.
import { findTemplate } from '../../src/core/templates';
import type { Locale } from '../../src/core/types';
import { seededRandom, type Random } from './random';

export type MessyKind = 'car-dealer' | 'b2b';

export interface MessyOptions {
  kind: MessyKind;
  locale: Locale;
  seed?: number;
  count?: number;
}

export interface MessyFile {
  /** The header row, then one prospect a row. */
  rows: unknown[][];
  /** 1-based column of the value. */
  valueColumn: number;
  /** Sheet row → the amount meant, for every value cell typed as text that can be read as one number. */
  meant: Map<number, number>;
  /** Sheet rows whose value text means no one number ("1.130", "TBD"): a person must type them. */
  unreadable: Set<number>;
}

const NFD = (text: string) => text.normalize('NFD');

/** How each file's people write amounts: [text, the amount meant or null when it cannot be told]. */
const AMOUNT_FORMS: Record<MessyKind, Record<Locale, (amount: number, random: Random) => [string, number | null]>> = {
  'car-dealer': {
    vi: (amount, random) => {
      const millions = amount / 1e6;
      return random.weighted<[string, number | null]>(
        [
          [amount.toLocaleString('de-DE'), amount],
          [`${millions}tr`, amount],
          [`${millions} triệu`, amount],
          [`${amount.toLocaleString('en-US')} đ`, amount],
          [`${amount.toLocaleString('de-DE')}đ`, amount],
          [`${amount.toLocaleString('de-DE')} VNĐ`, amount],
          [amount >= 1e9 ? `${String(amount / 1e9).replace('.', ',')} tỷ` : `${millions}tr`, amount],
          // Thousands of đồng without a unit: 1.13 or 1130?
          [(amount / 1e6).toLocaleString('de-DE', { minimumFractionDigits: 3 }), null],
          ['chưa báo giá', null],
        ],
        [14, 12, 6, 8, 5, 4, 8, 2, 1],
      );
    },
    en: (amount, random) =>
      random.weighted<[string, number | null]>(
        [
          [`${amount.toLocaleString('en-US')} VND`, amount],
          [`${amount / 1e6}m`, amount],
          [amount.toLocaleString('de-DE'), amount],
          [`${amount.toLocaleString('en-US')} đ`, amount],
          ['TBD', null],
        ],
        [10, 10, 10, 6, 1],
      ),
  },
  b2b: {
    en: (amount, random) =>
      random.weighted<[string, number | null]>(
        [
          [`$${amount.toLocaleString('en-US')}`, amount],
          [`${amount.toLocaleString('en-US')} USD`, amount],
          [`$${amount / 1000}k`, amount],
          [`$${amount.toLocaleString('en-US')}.00`, amount],
          // An export from a European tool: 8.500 is 8500 there, 8.5 here.
          [amount.toLocaleString('de-DE'), amount >= 1e6 ? amount : null],
          ['TBD', null],
        ],
        [16, 8, 8, 4, 3, 2],
      ),
    vi: (amount, random) => AMOUNT_FORMS.b2b.en(amount, random),
  },
};

const PRICES: Record<MessyKind, number[]> = {
  'car-dealer': [559e6, 635e6, 720e6, 850e6, 980e6, 1.13e9, 1.2e9, 1.55e9, 2e9, 2.35e9],
  b2b: [5000, 8500, 12000, 25000, 40000, 60000, 120000, 250000],
};

const OWNERS: Record<MessyKind, string[]> = {
  'car-dealer': ['Lan', 'LAN', 'lan', 'Minh', 'minh', 'Thảo', NFD('Thảo'), 'Hùng', 'Hùng '],
  b2b: ['Alex Kim', 'alex kim', 'ALEX KIM', 'Priya', 'priya', 'Sam Ortiz', 'Sam  Ortiz', 'Ngọc', NFD('Ngọc')],
};

const HEADERS: Record<MessyKind, Record<Locale, string[]>> = {
  'car-dealer': {
    vi: ['Mã', 'Tên khách', 'Phụ trách', 'Giai đoạn', 'Giá trị (VNĐ)', 'Lý do thất bại', 'Số điện thoại'],
    en: ['ID', 'Customer name', 'Owner', 'Stage', 'Value (VND)', 'Lost reason', 'Phone'],
  },
  b2b: {
    en: ['Deal ID', 'Deal name', 'Owner', 'Stage', 'Amount', 'Lost reason', 'Phone'],
    vi: ['Mã', 'Tên khách', 'Phụ trách', 'Giai đoạn', 'Giá trị', 'Lý do thất bại', 'Số điện thoại'],
  },
};

/** Stage cells as people type them: the template's names, with slips, other words, spaces and NFD. */
function stageSpellings(kind: MessyKind, locale: Locale): { open: string[]; won: string[]; lost: string[] } {
  const template = findTemplate(kind, locale);
  if (!template) throw new Error(`No ${kind} template in ${locale}.`);
  const open = template.stages.filter((s) => s.kind === 'stage').map((s) => s.name);
  const won = template.stages.find((s) => s.kind === 'won')!.name;
  const lost = template.stages.find((s) => s.kind === 'lost')!.name;
  const slips =
    kind === 'car-dealer' && locale === 'vi'
      ? ['Khách  hỏi xe', 'Duyệt trả-góp', NFD('Lái thử'), 'Đến xem xe ', 'Lai thu', 'Bao gia']
      : kind === 'b2b'
        ? ['Lead', 'Meeting', 'Proposal', 'qualified ', 'Contacted']
        : ['Test drve', 'Showrom visit', 'enquiry '];
  return { open: [...open, ...open, ...open, ...slips], won: [won, won, won, 'Closed Won'], lost: [lost, lost, 'Closed Lost'] };
}

/** A messy leads file: 200 rows by default, the same for the same seed. */
export function messyLeads({ kind, locale, seed = 9, count = 200 }: MessyOptions): MessyFile {
  const random = seededRandom(seed);
  const stages = stageSpellings(kind, locale);
  const reasons = locale === 'vi' ? ['Giá cao', 'Chọn hãng khác', 'Không duyệt được vay'] : ['Price', 'Chose a competitor', 'No budget'];
  const meant = new Map<number, number>();
  const unreadable = new Set<number>();
  const rows: unknown[][] = [HEADERS[kind][locale]];
  for (let i = 0; i < count; i++) {
    const sheetRow = i + 2;
    const outcome = random.weighted(['open', 'won', 'lost'] as const, [6, 2, 2]);
    const stage = random.pick(stages[outcome === 'open' ? 'open' : outcome]);
    const amount = random.pick(PRICES[kind]);
    let value: unknown = amount;
    // About three values in eight typed as text, a few left blank.
    const roll = random.next();
    if (roll < 0.375) {
      const [text, reading] = AMOUNT_FORMS[kind][locale](amount, random);
      value = text;
      if (reading === null) unreadable.add(sheetRow);
      else meant.set(sheetRow, reading);
    } else if (roll < 0.42) {
      value = '';
    }
    const name =
      kind === 'car-dealer'
        ? `${random.pick(['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Võ'])} ${random.pick(['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Khoa'])} ${i + 1}`
        : `Deal ${i + 1}`;
    rows.push([
      kind === 'car-dealer' ? `KH${String(i + 1).padStart(3, '0')}` : `D-${1000 + i}`,
      name,
      random.pick(OWNERS[kind]),
      stage,
      value,
      outcome === 'lost' ? random.pick(reasons) : '',
      `09${String(10000000 + i * 7919).slice(0, 8)}`,
    ]);
  }
  return { rows, valueColumn: 5, meant, unreadable };
}
