// Checks that every ready-made pipeline template is a valid, complete pipeline in both languages.
import { nameKey as stageKey } from '../../src/core/names';
import { parsePipeline } from '../../src/core/pipeline';
import { findTemplate, templates, type PipelineTemplate } from '../../src/core/templates';
import type { Locale, StageSetup } from '../../src/core/types';

const ids: PipelineTemplate['id'][] = ['b2b', 'car-dealer', 'hospitality', 'services'];
const locales: Locale[] = ['en', 'vi'];

const standardHeaders: Record<Locale, string[]> = {
  en: ['Owner', 'Value', 'Phone', 'Email', 'Next step'],
  vi: ['Phụ trách', 'Giá trị', 'Điện thoại', 'Email', 'Bước tiếp theo'],
};

/** The longest next step suggested: a line that fits the sidebar's next-step field and a cell without wrapping twice. */
const NEXT_STEP_LIMIT = 100;
/** The imperative verbs the templates' next steps start with (a description such as "Moment of truth: …" is not a next step). */
const NEXT_STEP_START: Record<Locale, RegExp> = {
  en: /^(Call|Book|Confirm|Agree|Ask|Hand over|Refer|Reply|Send|Give|Chase|Invite|Present|Recommend|Release)\b/u,
  vi: /^(Gọi|Hẹn|Gửi|Thống nhất|Hỏi|Bàn giao|Giới thiệu|Phản hồi|Xếp lịch|Đưa|Xác nhận|Mời|Mở lại|Nhắn tin|Trình bày)(?![\p{L}])/u,
};

const ordinary = (t: PipelineTemplate): StageSetup[] => t.stages.filter((s) => s.kind === 'stage');
const label = (t: PipelineTemplate): string => `${t.id}/${t.locale}`;
const cases = templates.map((t) => [label(t), t] as const);

/** Every piece of text a user reads in a template. */
function texts(t: PipelineTemplate): string[] {
  return [t.title, ...t.stages.flatMap((s) => [s.name, s.buyerStep, s.playbook])];
}

function mustFind(id: string, locale: Locale): PipelineTemplate {
  const t = findTemplate(id, locale);
  if (!t) throw new Error(`no template ${id}/${locale}`);
  return t;
}

describe('the template list', () => {
  it('holds each of the four templates once in English and once in Vietnamese', () => {
    expect(templates).toHaveLength(8);
    const pairs = templates.map(label).sort();
    expect(pairs).toEqual(ids.flatMap((id) => locales.map((l) => `${id}/${l}`)).sort());
  });

  it('gives every template a title', () => {
    for (const t of templates) expect(t.title.trim()).not.toBe('');
  });
});

describe.each(cases)('template %s', (_name, t) => {
  it('has 5 to 8 ordinary stages, then exactly one won stage, then one or two lost stages', () => {
    const kinds = t.stages.map((s) => s.kind);
    const n = ordinary(t).length;
    expect(n).toBeGreaterThanOrEqual(5);
    expect(n).toBeLessThanOrEqual(8);
    expect(kinds.filter((k) => k === 'won')).toHaveLength(1);
    const lostCount = kinds.filter((k) => k === 'lost').length;
    expect(lostCount).toBeGreaterThanOrEqual(1);
    expect(lostCount).toBeLessThanOrEqual(2);
    expect(kinds).toEqual([...Array(n).fill('stage'), 'won', ...Array(lostCount).fill('lost')]);
  });

  it('marks exactly one moment of truth, and it is an ordinary stage', () => {
    const marked = t.stages.filter((s) => s.momentOfTruth);
    expect(marked).toHaveLength(1);
    expect(marked[0].kind).toBe('stage');
  });

  it('gives ordinary stages a win probability in [0, 1] that never falls along the pipeline', () => {
    const probabilities = ordinary(t).map((s) => s.probability);
    for (const p of probabilities) {
      expect(typeof p).toBe('number');
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
    for (let i = 1; i < probabilities.length; i++) {
      expect(probabilities[i]!).toBeGreaterThanOrEqual(probabilities[i - 1]!);
    }
  });

  it('gives the won stage probability 1 and lost stages probability 0, no stall limit and no exit criteria', () => {
    for (const s of t.stages.filter((x) => x.kind !== 'stage')) {
      expect(s.probability).toBe(s.kind === 'won' ? 1 : 0);
      expect(s.stallDays).toBeNull();
      expect(s.exitCriteria).toEqual([]);
    }
  });

  it('gives every ordinary stage a buyer step, a positive stall limit and at least one exit criterion', () => {
    for (const s of ordinary(t)) {
      expect(s.buyerStep.trim()).not.toBe('');
      expect(Number.isInteger(s.stallDays)).toBe(true);
      expect(s.stallDays).toBeGreaterThan(0);
      expect(s.exitCriteria.length).toBeGreaterThan(0);
    }
  });

  it('uses only the standard prospect headers of its language as exit criteria, each at most once', () => {
    for (const s of t.stages) {
      for (const c of s.exitCriteria) expect(standardHeaders[t.locale]).toContain(c);
      expect(new Set(s.exitCriteria).size).toBe(s.exitCriteria.length);
    }
  });

  it('has stage names that are unique by key, short, and not the reserved header word', () => {
    const keys = t.stages.map((s) => stageKey(s.name));
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of t.stages) {
      expect(s.name).toBe(s.name.trim());
      expect(s.name.length).toBeGreaterThan(0);
      expect(s.name.length).toBeLessThanOrEqual(24);
      expect(['stage', 'giai đoạn']).not.toContain(stageKey(s.name));
    }
  });

  it('has a playbook of 2 to 5 non-empty lines for every stage, won and lost included', () => {
    for (const s of t.stages) {
      const lines = s.playbook.split('\n');
      expect(lines.length).toBeGreaterThanOrEqual(2);
      expect(lines.length).toBeLessThanOrEqual(5);
      for (const line of lines) expect(line.trim()).not.toBe('');
    }
  });

  it('gives every ordinary stage a follow-up default due before the prospect would count as stalled, and won and lost none', () => {
    for (const s of t.stages) {
      if (s.kind !== 'stage') {
        // A won or lost prospect is done: a follow-up date would never be highlighted nor listed as due.
        expect(s.followUpDays).toBeNull();
        continue;
      }
      expect(Number.isInteger(s.followUpDays)).toBe(true);
      expect(s.followUpDays).toBeGreaterThanOrEqual(0);
      expect(s.followUpDays).toBeLessThan(s.stallDays!);
    }
  });

  it('opens every playbook with a next step the sidebar can suggest: short, in its language, starting with what to do', () => {
    for (const s of t.stages) {
      const first = s.playbook.split('\n')[0];
      expect(first.length).toBeLessThanOrEqual(NEXT_STEP_LIMIT);
      expect(first).toMatch(NEXT_STEP_START[t.locale]);
      expect(first).not.toMatch(/^(moment of truth|khoảnh khắc chân lý)/i);
    }
  });

  it('reads back as a valid pipeline when written to the first three columns of Pipeline Setup', () => {
    const pipeline = parsePipeline([['Stage', 'Kind', 'Win probability'], ...t.stages.map((s) => [s.name, s.kind, s.probability])]);
    expect(pipeline.names).toEqual(t.stages.map((s) => s.name));
    expect(pipeline.won.name).toBe(t.stages.find((s) => s.kind === 'won')!.name);
    expect(pipeline.steps).toHaveLength(ordinary(t).length + 1);
    expect(pipeline.lost.map((s) => s.name)).toEqual(t.stages.filter((s) => s.kind === 'lost').map((s) => s.name));
    expect(pipeline.steps.map((s) => s.probability)).toEqual([...ordinary(t).map((s) => s.probability), 1]);
  });

  it('stores all its text in Unicode NFC, as Sheets compares it', () => {
    for (const text of texts(t)) expect(text).toBe(text.normalize('NFC'));
  });
});

describe.each(ids)('template %s in both languages', (id) => {
  const en = mustFind(id, 'en');
  const vi = mustFind(id, 'vi');

  it('has the same number of stages with the same kinds in the same order', () => {
    expect(vi.stages.map((s) => s.kind)).toEqual(en.stages.map((s) => s.kind));
  });

  it('has the moment of truth at the same position', () => {
    expect(vi.stages.findIndex((s) => s.momentOfTruth)).toBe(en.stages.findIndex((s) => s.momentOfTruth));
  });

  it('has the same probabilities, stall limits, follow-up defaults and number of exit criteria at each stage', () => {
    expect(vi.stages.map((s) => [s.probability, s.stallDays, s.followUpDays, s.exitCriteria.length])).toEqual(
      en.stages.map((s) => [s.probability, s.stallDays, s.followUpDays, s.exitCriteria.length]),
    );
  });

  it('asks for the same columns at each stage, translated', () => {
    const translate = (c: string) => standardHeaders.vi[standardHeaders.en.indexOf(c)];
    expect(vi.stages.map((s) => s.exitCriteria)).toEqual(en.stages.map((s) => s.exitCriteria.map(translate)));
  });
});

describe('the Vietnamese templates', () => {
  const vietnamese = templates.filter((t) => t.locale === 'vi');
  const englishStageNames = [...new Set(templates.filter((t) => t.locale === 'en').flatMap((t) => t.stages.map((s) => s.name)))];
  const wholeWord = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');

  it.each(vietnamese.map((t) => [t.id, t] as const))('%s is written in Vietnamese with diacritics in every stage', (_id, t) => {
    const diacritics = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
    expect(t.title).toMatch(diacritics);
    for (const s of t.stages) {
      expect(s.buyerStep).toMatch(diacritics);
      for (const line of s.playbook.split('\n')) expect(line).toMatch(diacritics);
    }
  });

  it.each(vietnamese.map((t) => [t.id, t] as const))('%s contains none of the English stage names', (_id, t) => {
    for (const text of texts(t)) {
      for (const name of englishStageNames) expect(text).not.toMatch(wholeWord(name));
    }
  });

  it.each(vietnamese.map((t) => [t.id, t] as const))('%s contains no common English words in its playbooks', (_id, t) => {
    const english = /(?<![\p{L}])(the|and|with|call|send|ask|within|before|after|your|you|next|step|owner|value|phone)(?![\p{L}])/iu;
    for (const s of t.stages) {
      expect(s.playbook).not.toMatch(english);
      expect(s.buyerStep).not.toMatch(english);
    }
  });

  it('name the moment of truth in the words of the source article', () => {
    for (const t of vietnamese) {
      const mot = t.stages.find((s) => s.momentOfTruth)!;
      expect(mot.playbook).toContain('Khoảnh khắc chân lý');
    }
    const hospitality = mustFind('hospitality', 'vi').stages.find((s) => s.momentOfTruth)!;
    expect(hospitality.playbook).toContain('đưa người ra quyết định đến xem cơ sở');
  });
});

describe('findTemplate', () => {
  it('finds the car dealer template with the test drive as its moment of truth', () => {
    expect(mustFind('car-dealer', 'en').stages.find((s) => s.momentOfTruth)?.name).toBe('Test drive');
    expect(mustFind('car-dealer', 'vi').stages.find((s) => s.momentOfTruth)?.name).toBe('Lái thử');
  });

  it('finds the hospitality template with the site visit as its moment of truth', () => {
    expect(mustFind('hospitality', 'en').stages.find((s) => s.momentOfTruth)?.name).toBe('Site visit');
  });

  it('returns undefined for an unknown id', () => {
    expect(findTemplate('florist', 'en')).toBeUndefined();
    expect(findTemplate('', 'vi')).toBeUndefined();
  });

  it('returns a copy, so editing it does not change the template list', () => {
    const copy = mustFind('b2b', 'en');
    const original = templates.find((t) => t.id === 'b2b' && t.locale === 'en')!;
    expect(copy).toEqual(original);
    copy.stages[0].name = 'Changed';
    copy.stages[0].exitCriteria.push('Value');
    copy.stages.pop();
    expect(mustFind('b2b', 'en')).toEqual(original);
    expect(original.stages[0].name).toBe('New lead');
    expect(original.stages[0].exitCriteria).toEqual(['Owner']);
  });
});
