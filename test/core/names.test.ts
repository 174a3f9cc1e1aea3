import fc from 'fast-check';
import { detectColumns } from '../../src/core/columns';
import { closestName } from '../../src/core/closest';
import { isBlank, KIND_WORDS, nameKey, STAGE_COLUMN_NAMES, STAGE_HEADERS, withoutAccents } from '../../src/core/names';
import { kindOf } from '../../src/core/pipeline';
import type { StageKind } from '../../src/core/types';

describe('nameKey', () => {
  it('folds case, spacing, dashes and underscores', () => {
    expect(nameKey('  Closed_-Won   deal ')).toBe('closed won deal');
  });
  it('makes a decomposed Vietnamese name equal to the composed one', () => {
    expect(nameKey('Thất bại'.normalize('NFD'))).toBe(nameKey('Thất bại'));
  });
  it('gives the key of its definition for any text, plain ASCII (read by a shortcut) or not', () => {
    const definition = (text: string) => text.normalize('NFC').replace(/[-_]/g, ' ').trim().replace(/\s+/g, ' ').toLowerCase();
    const asciiish = fc.array(fc.constantFrom('a', 'Z', '0', ' ', '  ', '-', '_', '\t', '\n', '\u00a0', '~', '\u007f', 'ạ', 'a\u0323', 'İ', 'ß'), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          asciiish.map((parts) => parts.join('')),
        ),
        (text) => {
          expect(nameKey(text)).toBe(definition(text));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('isBlank', () => {
  it('treats empty, null, undefined and white space as blank but not 0 or FALSE', () => {
    expect(['', null, undefined, '  \t'].every(isBlank)).toBe(true);
    expect([0, false, 'x'].some(isBlank)).toBe(false);
  });
});

describe('withoutAccents', () => {
  it('drops Vietnamese diacritics, đ and Đ included, composed or decomposed', () => {
    expect(withoutAccents('Đặng Thị Thảo')).toBe('Dang Thi Thao');
    expect(withoutAccents('giai đoạn'.normalize('NFD'))).toBe('giai doan');
  });
  it('is how headers and "did you mean" match text typed without accents', () => {
    expect(detectColumns(['Ten', 'Giai doan'])).toMatchObject({ stage: 1 });
    expect(closestName('da lien he', ['Đã liên hệ', 'Thành công'])).toBe('Đã liên hệ');
  });
});

describe('KIND_WORDS', () => {
  it('reads back every kind word it writes, in both languages', () => {
    for (const words of Object.values(KIND_WORDS)) {
      for (const [kind, word] of Object.entries(words)) expect(kindOf(word)).toBe(kind as StageKind);
    }
  });
});

describe('stage column names', () => {
  it("are both the stage column's header aliases and the stray headers flagged in a stage column", () => {
    for (const name of STAGE_COLUMN_NAMES) {
      expect(detectColumns(['Prospect', name]).stage).toBe(1);
      expect(STAGE_HEADERS.has(nameKey(name))).toBe(true);
    }
  });
});
