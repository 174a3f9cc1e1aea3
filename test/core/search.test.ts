// Search: what a user types to find a prospect who calls.
import { detectColumns } from '../../src/core/columns';
import { phoneDigits, searchKey, searchProspects } from '../../src/core/search';

const columns = detectColumns(['ID', 'Name', 'Stage', 'Owner', 'Phone', 'Email']);
const rows = [
  ['SA-0001', 'Nguyễn Văn An', 'Enquiry', 'Minh', '090 123 4567', 'an.nguyen@example.com'],
  ['SA-0002', 'Trần Thị Hoa', 'Test drive', 'Lan', '+84 91 234 5678', ''],
  ['SA-0010', 'Anh Tuấn', 'Enquiry', 'Lan', '', 'tuan@an-phat.vn'],
  ['', '', 'Enquiry', '', '090 123 4567', ''],
];
const find = (query: string, limit = 10) => searchProspects(rows, 2, columns, query, limit);

describe('search', () => {
  it('ignores accents, case and spaces in names and IDs', () => {
    expect(searchKey('  Nguyễn  Văn An ')).toBe('nguyenvanan');
    expect(find('nguyen van').hits.map((h) => h.row)).toEqual([2]);
    expect(find('NGUYENVANAN').hits.map((h) => [h.row, h.by])).toEqual([[2, 'name']]);
    expect(find('sa 0002').hits.map((h) => [h.row, h.by])).toEqual([[3, 'id']]);
  });

  it('reads phones by their digits, +84 as the leading 0, and never the row without a name or ID', () => {
    expect(phoneDigits('+84 91 234 5678')).toBe('0912345678');
    expect(find('0912 345 678').hits.map((h) => [h.row, h.by])).toEqual([[3, 'phone']]);
    expect(find('(090) 123-4567').hits.map((h) => h.row)).toEqual([2]);
    expect(find('45').hits).toEqual([]);
  });

  it('ranks an exact ID first, then names that start with the query, and counts what it leaves out', () => {
    // Rows 2 (its email) and 4 (its name) start with "an"; "Trần" only contains it.
    expect(find('an').hits.map((h) => h.row)).toEqual([2, 4, 3]);
    expect(find('SA-0010').hits[0]).toMatchObject({ row: 4, by: 'id' });
    expect(find('sa-00', 1)).toMatchObject({ hits: [{ row: 2 }], more: 2 });
    expect(find('anphat').hits.map((h) => [h.row, h.by])).toEqual([[4, 'email']]);
    expect(find('   ').hits).toEqual([]);
  });
});
