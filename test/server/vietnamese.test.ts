import { findTemplate } from '../../src/core/templates';
import { createServices, Workbook } from '../../preview/sheets';
import { createServer } from '../../src/server';

describe('a Vietnamese setup end to end', () => {
  const workbook = new Workbook({ id: 'vi', locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh' });
  const template = findTemplate('car-dealer', 'vi')!;
  const [first, second] = template.stages;
  workbook.addSheet('Khách hàng', [
    ['Mã', 'Tên', 'Khách hàng', 'Giai đoạn', 'Trạng thái', 'Giá trị', 'Phụ trách', 'Điện thoại', 'Lý do thua'],
    ['KH01', 'Nguyễn Văn An', 'Công ty An Phát', first.name, '', 850000000, 'Hùng', 'đt 0903', ''],
    ['KH02', 'Trần Thị Bình', 'Bình Minh', second.name.normalize('NFD'), '', 620000000, 'Hùng', 'đt 0912', ''],
    ['KH03', 'Lê Văn Cường', 'Cường Thịnh', 'lai thu', '', 990000000, 'Mai', '', ''],
  ]);
  const services = createServices(workbook, { user: 'hung@example.vn', locale: 'vi' });
  const server = createServer(services);

  it('finds the Vietnamese columns and saves a Vietnamese template', () => {
    const state = server.getSidebarState();
    expect(state.locale).toBe('vi');
    expect(state.mapping).toMatchObject({
      id: 'Mã',
      prospect: 'Tên',
      customer: 'Khách hàng',
      stage: 'Giai đoạn',
      status: 'Trạng thái',
      value: 'Giá trị',
      owner: 'Phụ trách',
    });
    const result = server.saveSetup({ stages: template.stages, renames: [], renameProspects: false });
    expect(result.invalidValues).toBe(1);
    expect(workbook.sheet('Pipeline Setup').values('A1:B1')[0]).toEqual(['Giai đoạn', 'Loại']);
  });

  it('checks in Vietnamese terms and suggests the accented stage', () => {
    const { problems } = server.checkStages();
    expect(problems).toEqual([
      {
        row: 4,
        id: 'KH03',
        name: 'Lê Văn Cường',
        value: 'lai thu',
        problem: '"lai thu" không phải là giai đoạn của kênh bán hàng.',
        suggestion: 'Lái thử',
        suggestedStatus: '',
        sameFix: 1,
      },
    ]);
  });

  it('moves a prospect, writing Vietnamese status words, and refuses in Vietnamese', () => {
    services.select('Khách hàng', 'B3');
    const refs = server.getSelection().prospects.map(({ row, id, name, stage }) => ({ row, id, name, stage }));
    expect(refs[0]).toMatchObject({ id: 'KH02', name: 'Trần Thị Bình' });
    expect(server.getSelection().prospects[0].value).toBe('620.000.000');
    server.moveProspects({ prospects: refs, action: { kind: 'lost', reason: 'Chê giá cao' } });
    expect(workbook.sheet('Khách hàng').values('E3:I3')[0]).toEqual(['Thua', 620000000, 'Hùng', 'đt 0912', 'Chê giá cao']);
    expect(() => server.moveProspects({ prospects: refs.map((r) => ({ ...r, id: 'KH99' })), action: { kind: 'won' } })).toThrow(
      'Dòng 3 giờ là "Trần Thị Bình" (mã KH02), không phải "Trần Thị Bình" (mã KH99): hãy chọn lại.',
    );
  });

  it('builds a dashboard with Vietnamese labels over the same formulas', () => {
    server.buildDashboard();
    const sheet = workbook.sheet('Pipeline Dashboard');
    expect(sheet.values('A1')[0][0]).toBe('Bảng điều khiển kênh bán hàng');
    expect(sheet.values('A2:B2')).toEqual([['Phụ trách', 'Tất cả']]);
    expect(sheet.values('A7')[0][0]).toBe('Tiềm năng → bán hàng');
    // The moment of truth is read from Pipeline Setup by formula, never written as a name.
    expect(sheet.formulas('A8')[0][0]).toBe('="Khoảnh khắc chân lý ("&$B$6&") → bán hàng"');
    expect(sheet.formulas('B8')[0][0]).toMatch(
      /^=IF\(\$B\$6="", "", CONVERSION\(ARRAYFORMULA\(.*\$B\$2="Tất cả".*, \$B\$6, , 'Pipeline Setup'!A:C\)\)$/,
    );
    expect(sheet.formulas('B8')[0][0]).not.toContain('Lái thử');
    // Sheets shows 0.0% by the spreadsheet's locale: 34,4% here, as the sidebar writes it.
    expect(sheet.cellInfo(8, 2).format).toBe('0.0%');
  });
});
