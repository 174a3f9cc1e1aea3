import { PROBLEM_TEXT, ProblemKind } from '../../src/core/prospects';
import { serverMessages } from '../../src/i18n/messages';
import { PROBLEM_KEYS } from '../../src/server/check';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the server message catalogue', () => {
  it('has every message in Vietnamese with the same placeholders as in English', () => {
    for (const [key, english] of Object.entries(serverMessages.en)) {
      const vietnamese = serverMessages.vi[key as keyof typeof serverMessages.en];
      expect(vietnamese.trim()).not.toBe('');
      expect([key, placeholders(vietnamese)]).toEqual([key, placeholders(english)]);
    }
  });

  it('says every stage problem in the sidebar as the formulas say it in English', () => {
    for (const kind of Object.keys(PROBLEM_TEXT) as ProblemKind[]) {
      expect(serverMessages.en[PROBLEM_KEYS[kind]]).toBe(PROBLEM_TEXT[kind]);
    }
  });
});
