// Views and the selection poll save nothing; actions save the copies of Pipeline Setup and the header row.
import { openSidebar } from '../../src/server/menu';
import { makeWorkbook, propertyWrites, refsOf, runEveryReadPath, userOf } from './workbook';

describe('read paths never write document properties', () => {
  it.each([
    ['before anything was saved', false],
    ['after a save and a hand edit of Pipeline Setup', true],
  ])('%s', (_, saved) => {
    const workbook = makeWorkbook();
    const { services, server } = userOf(workbook);
    if (saved) {
      server.saveSetup({ stages: server.getSetup().stages, renames: [], renameProspects: false });
      workbook.userEdit('Pipeline Setup', 'A6', 'Quote');
      workbook.userEdit('Leads', 'A1', 'Prospect ID'); // the header row changed too
    }
    services.select('Leads', 'A2:A4');
    services.log.length = 0;
    runEveryReadPath(server);
    expect(propertyWrites(services.log)).toBe(0);
  });
});

describe('the copy of Pipeline Setup that the poll reads', () => {
  const setUp = () => {
    const workbook = makeWorkbook();
    const user = userOf(workbook);
    user.server.saveSetup({ stages: user.server.getSetup().stages, renames: [], renameProspects: false });
    workbook.userEdit('Pipeline Setup', 'A6', 'Quote'); // Proposal → Quote, by hand
    return { workbook, ...user };
  };
  const row6 = (user: ReturnType<typeof setUp>) => {
    user.services.select('Leads', 'A6'); // at Proposal
    return user.server.getSelection().prospects[0].stageKnown;
  };

  it('stays as saved while only views read the hand-edited sheet', () => {
    const user = setUp();
    user.server.getSidebarState();
    user.server.getSetup();
    expect(row6(user)).toBe(true);
  });

  it('is refreshed by a move, which reads Pipeline Setup fresh', () => {
    const user = setUp();
    user.server.moveProspects({ prospects: refsOf(user.server, user.services, 'A2'), action: { kind: 'advance' } });
    expect(row6(user)).toBe(false);
  });

  it('is refreshed when the menu opens the sidebar', () => {
    const user = setUp();
    openSidebar(user.services, 'prospect');
    expect(row6(user)).toBe(false);
  });
});
