import { detectColumns } from '../../src/core/columns';

describe('detectColumns', () => {
  it('finds columns by English headers whatever their case and spacing', () => {
    const columns = detectColumns(['  lead id', 'Company', 'PIPELINE   STAGE', 'Outcome', 'Deal size', 'Rep', 'Stage since', 'Lost reason']);
    expect(columns).toMatchObject({ id: 0, prospect: 1, stage: 2, status: 3, value: 4, owner: 5, stageSince: 6, lostReason: 7, customer: -1 });
  });

  it('finds Vietnamese headers, typed with or without accents or decomposed', () => {
    const columns = detectColumns([
      'Mã',
      'Khách hàng',
      'Giai doan'.normalize('NFD'),
      'Trạng thái'.normalize('NFD'),
      'Giá trị',
      'Phụ trách',
      'Ngày vào giai đoạn',
      'Lý do thua',
    ]);
    expect(columns).toMatchObject({ id: 0, prospect: 1, stage: 2, status: 3, value: 4, owner: 5, stageSince: 6, lostReason: 7 });
  });

  it('reads "Khách hàng" as the customer when another column names the prospect', () => {
    expect(detectColumns(['Tên', 'Khách hàng', 'Giai đoạn'])).toMatchObject({ prospect: 0, customer: 1, stage: 2 });
    expect(detectColumns(['Khách hàng', 'Tên', 'Giai đoạn'])).toMatchObject({ prospect: 1, customer: 0, stage: 2 });
  });

  // Issue 9: the headers of two real files the sidebar showed as "(no name)".
  it('finds the longer forms people use and ignores a unit in brackets', () => {
    expect(detectColumns(['Deal ID', 'Deal name', 'Company', 'Stage', 'Deal value ($)', 'Deal owner'])).toMatchObject({
      id: 0,
      prospect: 1,
      customer: 2,
      stage: 3,
      value: 4,
      owner: 5,
    });
    expect(detectColumns(['Mã KH', 'Tên khách', 'Giai đoạn', 'Giá trị (VNĐ)', 'Lý do thất bại', 'Nhân viên'])).toMatchObject({
      id: 0,
      prospect: 1,
      stage: 2,
      value: 3,
      lostReason: 4,
      owner: 5,
    });
  });

  it('keeps headers apart that differ only by their bracketed part', () => {
    const headers = ['Name', 'Stage (old)', 'Stage', 'Value (USD)', 'Value (VND)'];
    expect(detectColumns(headers)).toMatchObject({ stage: 2, value: 3 });
    expect(detectColumns(headers, { stage: 'Stage', value: 'Value (VND)' })).toMatchObject({ stage: 2, value: 4 });
    expect(detectColumns(headers, { stage: 'Stage (old)' })).toMatchObject({ stage: 1 });
  });

  it('finds the follow-up, date and contact columns', () => {
    const headers = ['Tên', 'Giai đoạn', 'Bước tiếp theo', 'Ngày hẹn', 'Ngày tạo', 'Ngày dự kiến chốt', 'SĐT', 'Email'];
    expect(detectColumns(headers)).toMatchObject({ nextStep: 2, followUp: 3, created: 4, expectedClose: 5, phone: 6, email: 7 });
    const english = ['Name', 'Stage', 'Next action', 'Follow-up date', 'Date added', 'Close date', 'Mobile', 'E-mail'];
    expect(detectColumns(english)).toMatchObject({ nextStep: 2, followUp: 3, created: 4, expectedClose: 5, phone: 6, email: 7 });
  });

  it('lets a saved mapping override the guess', () => {
    expect(detectColumns(['Name', 'Step', 'Stage'], { stage: 'Step' })).toMatchObject({ prospect: 0, stage: 1 });
  });

  it('reports missing columns as -1', () => {
    expect(detectColumns(['Name', 'Phone'])).toMatchObject({ stage: -1, status: -1, value: -1, phone: 1 });
  });
});
