// Whether a row still holds the prospect the user selected, and whether it is the only row that does.
import { identityProblem, indexIdentities, isPositionalId, type RowIdentity, type SelectedProspect } from '../../src/core/identity';

/** Sheet rows from row 2 down: [id, name] each. */
const sheet = (...rows: [string, string][]): RowIdentity[] => rows.map(([id, name], i) => ({ row: i + 2, id, name }));
const check = (selected: SelectedProspect, rows: RowIdentity[], stage = selected.stage) => {
  const holds = rows.find((r) => r.row === selected.row)!;
  return identityProblem(selected, { id: holds.id, name: holds.name, stage }, indexIdentities(rows));
};

describe('identityProblem', () => {
  it('lets a row be written when its ID, name and stage are what the user selected and no other row holds them', () => {
    const rows = sheet(['P1', 'An'], ['P2', 'Bình']);
    expect(check({ row: 3, id: 'P2', name: 'Bình', stage: 'Lead' }, rows)).toBeNull();
  });

  it('ignores spaces around the ID and name, and the case of the stage', () => {
    const rows = sheet(['P1 ', ' An']);
    expect(check({ row: 2, id: 'P1', name: 'An', stage: 'Lead' }, rows, ' lead')).toBeNull();
  });

  it('refuses a row whose ID matches but whose name changed', () => {
    const rows = sheet(['P1', 'Bình']);
    expect(check({ row: 2, id: 'P1', name: 'An', stage: 'Lead' }, rows)).toMatchObject({
      kind: 'changed',
      row: 2,
      holds: { id: 'P1', name: 'Bình' },
    });
  });

  it('refuses a row that kept its position ID after an insert moved the prospect down (=ROW()-1)', () => {
    // Selected: An on row 3 with =ROW()-1 = 2. A lead inserted at row 2 pushes An to row 4 (ID 3); row 3 now holds Bình, ID 2.
    const after = sheet(['1', 'Chi'], ['2', 'Bình'], ['3', 'An']);
    expect(check({ row: 3, id: '2', name: 'An', stage: 'Lead' }, after)).toMatchObject({ kind: 'changed', holds: { id: '2', name: 'Bình' } });
  });

  it('refuses a position ID whose name repeats elsewhere, since the ID follows the row and not the prospect', () => {
    // Two different "An": an insert above swaps which one row 3 holds, and its ID is 2 either way.
    const after = sheet(['1', 'Chi'], ['2', 'An'], ['3', 'An']);
    expect(check({ row: 3, id: '2', name: 'An', stage: 'Lead' }, after)).toEqual({
      kind: 'repeated',
      by: 'position',
      rows: [3, 4],
      identity: { id: '2', name: 'An' },
    });
  });

  it('refuses when another row holds the same ID and name, and names both rows', () => {
    const rows = sheet(['12', 'Nguyễn Văn An'], ['7', 'Bình'], ['12', 'Nguyễn Văn An']);
    expect(check({ row: 4, id: '12', name: 'Nguyễn Văn An', stage: 'Lead' }, rows)).toEqual({
      kind: 'repeated',
      by: 'id',
      rows: [2, 4],
      identity: { id: '12', name: 'Nguyễn Văn An' },
    });
  });

  it('tells apart rows that share an ID but not a name', () => {
    const rows = sheet(['12', 'An'], ['12', 'Bình']);
    expect(check({ row: 3, id: '12', name: 'Bình', stage: 'Lead' }, rows)).toBeNull();
  });

  it('refuses repeated names when the sheet has no ID column, naming every row that holds the name', () => {
    const rows = sheet(['', 'An'], ['', 'Bình'], ['', 'An'], ['', 'An']);
    expect(check({ row: 5, id: '', name: 'An', stage: 'Lead' }, rows)).toEqual({
      kind: 'repeated',
      by: 'name',
      rows: [2, 4, 5],
      identity: { id: '', name: 'An' },
    });
  });

  it('matches a blank ID only with a blank ID', () => {
    const rows = sheet(['', 'An'], ['P9', 'An']);
    expect(check({ row: 2, id: '', name: 'An', stage: 'Lead' }, rows)).toBeNull();
    expect(check({ row: 3, id: '', name: 'An', stage: 'Lead' }, rows)).toMatchObject({ kind: 'changed', holds: { id: 'P9' } });
    expect(check({ row: 2, id: 'P9', name: 'An', stage: 'Lead' }, rows)).toMatchObject({ kind: 'changed', holds: { id: '' } });
  });

  it('refuses a row whose prospect is still there but at another stage than the one selected', () => {
    const rows = sheet(['P1', 'An']);
    expect(check({ row: 2, id: 'P1', name: 'An', stage: 'Lead' }, rows, 'Won')).toMatchObject({ kind: 'changed', holds: { stage: 'Won' } });
  });
});

describe('isPositionalId', () => {
  it('calls an ID equal to the row number or to the row number minus one a position', () => {
    expect([isPositionalId('4', 5), isPositionalId('5', 5), isPositionalId(' 4 ', 5)]).toEqual([true, true, true]);
  });

  it('does not call other IDs positions', () => {
    expect([isPositionalId('7', 5), isPositionalId('P4', 5), isPositionalId('', 5), isPositionalId('4.0', 5)]).toEqual([false, false, false, false]);
  });
});
