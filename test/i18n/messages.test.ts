import { serverMessages } from '../../src/i18n/messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the server message catalogue', () => {
  it('has every message in Vietnamese with the same placeholders as in English', () => {
    for (const [key, english] of Object.entries(serverMessages.en)) {
      const vietnamese = serverMessages.vi[key as keyof typeof serverMessages.en];
      expect(vietnamese.trim()).not.toBe('');
      expect([key, placeholders(vietnamese)]).toEqual([key, placeholders(english)]);
    }
  });
});
