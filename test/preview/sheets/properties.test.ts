// Document properties: strings shared by all users of the workbook, with Apps Script's size limits.

import { createServices, Workbook } from '../../../preview/sheets';

describe('document properties', () => {
  test('get / set / delete strings, shared between users of the same workbook', () => {
    const wb = new Workbook();
    const alice = createServices(wb, { user: 'alice@example.com' }).PropertiesService.getDocumentProperties();
    const bob = createServices(wb, { user: 'bob@example.com' }).PropertiesService.getDocumentProperties();
    expect(alice.getProperty('mapping')).toBeNull();
    alice.setProperty('mapping', '{"stage":"Stage"}');
    expect(bob.getProperty('mapping')).toBe('{"stage":"Stage"}');
    bob.deleteProperty('mapping');
    expect(alice.getProperty('mapping')).toBeNull();
  });

  test("a value over 9 KB throws Apps Script's quota error and is not stored", () => {
    // Quotas: 9 KB per value, 500 KB per store. Exceeding them raises "You have exceeded the property storage quota.
    // Please remove some properties and try again." — reported both for one oversized value (a JSON blob of keys, in a
    // project's notes) and for the whole store (a blog post on Apps Script key-value stores), both found with the code search.
    const props = createServices(new Workbook()).PropertiesService.getDocumentProperties();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(props.getProperty('big')).toBeNull();
    props.setProperty('fits', 'x'.repeat(9 * 1024));
    expect(props.getProperty('fits')).toHaveLength(9 * 1024);
  });

  test('the whole store is limited to 500 KB; overwriting a key counts only its new size', () => {
    const wb = new Workbook();
    const props = createServices(wb).PropertiesService.getDocumentProperties();
    let n = 0;
    expect(() => {
      for (;;) props.setProperty(`k${n++}`, 'y'.repeat(9000));
    }).toThrow('exceeded the property storage quota');
    expect(n).toBeGreaterThan(55);
    expect(n).toBeLessThan(60);
    props.setProperty('k0', 'small');
    expect(wb.properties.totalBytes()).toBeLessThanOrEqual(500 * 1024);
  });

  test('non-string values are stored as strings', () => {
    const props = createServices(new Workbook()).PropertiesService.getDocumentProperties();
    props.setProperty('n', 42 as unknown as string);
    expect(props.getProperty('n')).toBe('42');
  });
});
