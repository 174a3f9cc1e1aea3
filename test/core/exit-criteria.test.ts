// Exit criteria name columns by role or header, in either language, and are read through the user's mapping.
import { detectColumns } from '../../src/core/columns';
import { criterionColumn, missingExitCriteria, unresolvedCriteria } from '../../src/core/exit-criteria';
import { defaultPipeline } from '../../src/core/pipeline';
import { lostWithoutReason, movedWithout } from '../../src/core/prospect-state';
import { blankStage } from '../../src/core/setup';

const headers = ['Mã', 'Tên khách', 'Giai đoạn', 'Giá trị (VNĐ)', 'NV phụ trách', 'SĐT', 'Lý do thất bại'];
const columns = detectColumns(headers);

describe('exit criteria through the mapping', () => {
  it.each([
    ['Value', 3],
    ['Giá trị', 3],
    ['value', 3],
    ['Giá trị (VNĐ)', 3],
    ['Owner', 4],
    ['Phụ trách', 4],
    ['Phone', 5],
    ['Điện thoại', 5],
    ['Bước tiếp theo', -1],
    ['Next step', -1],
    ['Budget', -1],
  ])('reads %s as column %i', (criterion, column) => {
    expect(criterionColumn(criterion, headers, columns)).toBe(column);
  });

  it('follows a mapping chosen by hand', () => {
    const mapped = detectColumns([...headers, 'Doanh số dự kiến'], { value: 'Doanh số dự kiến' });
    expect(criterionColumn('Value', [...headers, 'Doanh số dự kiến'], mapped)).toBe(7);
  });

  it("names a missing criterion by the user's header and never counts one that names no column", () => {
    const stage = blankStage('Báo giá', { exitCriteria: ['Value', 'Giá trị', 'Bước tiếp theo', 'Owner'] });
    const row = ['KH1', 'Anh', 'Báo giá', '', 'Lan', '', ''];
    expect(missingExitCriteria(row, headers, columns, stage)).toEqual(['Giá trị (VNĐ)']);
    expect(unresolvedCriteria([stage], headers, columns)).toEqual([{ stage: 'Báo giá', criterion: 'Bước tiếp theo' }]);
  });
});

describe('what a prospect moved without, and a loss without a reason', () => {
  const en = ['ID', 'Name', 'Stage', 'Status', 'Value', 'Lost reason'];
  const enColumns = detectColumns(en);
  const pipeline = defaultPipeline();
  const setup = new Map([
    ['contacted', blankStage('Contacted', { exitCriteria: ['Giá trị'] })],
    ['proposal', blankStage('Proposal', { exitCriteria: ['Value'] })],
  ]);

  it.each([
    [['1', 'A', 'Qualified', '', '', ''], ['Value']],
    [['1', 'A', 'Contacted', '', '', ''], []],
    [['1', 'A', 'Won', '', '', ''], ['Value']],
    [['1', 'A', 'Meeting', 'Won', '', ''], ['Value']],
    [['1', 'A', 'Meeting', '', 5, ''], []],
    [['1', 'A', 'Lost', '', '', ''], []],
  ])('row %j moved without %j', (row, missing) => {
    expect(movedWithout(row, en, enColumns, pipeline, setup)).toEqual(missing);
  });

  // The first hour (issue 9): after adding the Next step column, won deals were listed as "moved without: Next step".
  it('never counts an empty Next step or Follow-up against a closed deal, and still does for an open one', () => {
    const withSteps = [...en, 'Next step', 'Follow-up'];
    const stepColumns = detectColumns(withSteps);
    const steps = new Map([['contacted', blankStage('Contacted', { exitCriteria: ['Next step', 'Follow-up', 'Value'] })]]);
    expect(movedWithout(['1', 'A', 'Qualified', '', '', '', '', ''], withSteps, stepColumns, pipeline, steps)).toEqual([
      'Next step',
      'Follow-up',
      'Value',
    ]);
    expect(movedWithout(['1', 'A', 'Won', '', '', '', '', ''], withSteps, stepColumns, pipeline, steps)).toEqual(['Value']);
    expect(movedWithout(['1', 'A', 'Meeting', 'Won', 7, '', '', ''], withSteps, stepColumns, pipeline, steps)).toEqual([]);
  });

  it('flags a lost prospect whose lost reason is empty, and no other', () => {
    expect(lostWithoutReason(['1', 'A', 'Lost', '', '', ''], enColumns, pipeline)).toBe(true);
    expect(lostWithoutReason(['1', 'A', 'Meeting', 'thua', '', ' '], enColumns, pipeline)).toBe(true);
    expect(lostWithoutReason(['1', 'A', 'Lost', '', '', 'Price'], enColumns, pipeline)).toBe(false);
    expect(lostWithoutReason(['1', 'A', 'Meeting', '', '', ''], enColumns, pipeline)).toBe(false);
    expect(lostWithoutReason(['1', 'A', 'Lost'], detectColumns(['ID', 'Name', 'Stage']), pipeline)).toBe(false);
  });
});
