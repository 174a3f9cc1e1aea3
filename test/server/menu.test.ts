import { makeWorkbook, userOf } from './workbook';
import { buildMenu, openSidebar } from '../../src/server/menu';
import type { MenuEntry } from '../../preview/sheets';

const field = (key: 'caption' | 'functionName') => (entry: MenuEntry) => ('separator' in entry ? '—' : entry[key]);

describe('the menu', () => {
  it('in AuthMode.NONE touches no service but the menu', () => {
    const { services } = userOf(makeWorkbook(), 'a@x', 'vi');
    buildMenu(services, false);
    expect(services.log.every((call) => /^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Menu\.)/.test(call))).toBe(true);
    expect(services.ui.addonMenu?.map(field('functionName'))).toEqual([
      'showSidebar',
      'showSetup',
      'showCheck',
      '—',
      'buildDashboardFromMenu',
      'showHelp',
    ]);
  });

  it("speaks the user's language once authorised", () => {
    const { services } = userOf(makeWorkbook(), 'a@x', 'vi');
    buildMenu(services, true);
    expect(services.ui.addonMenu?.map(field('caption'))).toEqual([
      'Mở thanh bên',
      'Thiết lập kênh bán hàng',
      'Kiểm tra giai đoạn',
      '—',
      'Tạo bảng điều khiển',
      'Trợ giúp',
    ]);
  });

  it('opens the sidebar on the view the menu item names', () => {
    const { services, server } = userOf(makeWorkbook());
    openSidebar(services, 'setup');
    expect(services.ui.sidebar).toMatchObject({ title: 'Stagecoach', content: '<p>sidebar</p>' });
    expect(server.getSidebarState().view).toBe('setup');
    expect(server.getSidebarState().view).toBe('prospect');
  });
});

describe('the sidebar state', () => {
  it("says in the user's language when Pipeline Setup cannot be read", () => {
    const workbook = makeWorkbook();
    workbook.addSheet('Pipeline Setup', [
      ['Stage', 'Kind', 'Win probability', 'Moment of truth', 'Buyer step', 'Stall after (days)', 'Exit criteria', 'Playbook'],
      ['Lead', 'won'],
      ['Sold', 'won'],
    ]);
    const { server } = userOf(workbook, 'a@x', 'vi');
    expect(server.getSidebarState().problems).toEqual([
      // The formulas' own message, said in the sidebar's language too.
      'Công thức không đọc được trang Pipeline Setup. Hãy sửa trong phần Thiết lập. (Kênh bán hàng có 2 giai đoạn thắng ("Lead", "Sold"). Chỉ được có một giai đoạn thắng; hãy đổi các giai đoạn còn lại thành giai đoạn thường.)',
    ]);
  });
});
