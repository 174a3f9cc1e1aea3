// What the server says to the user (menu, errors shown in the sidebar, dashboard labels), in English and Vietnamese.
import type { Locale } from '../core/types';
import { Catalogue, translator } from './format';

const en = {
  menuOpenSidebar: 'Open sidebar',
  menuSetUp: 'Set up pipeline',
  menuCheck: 'Check stages',
  menuDashboard: 'Build dashboard',
  menuHelp: 'Help',
  sidebarTitle: 'Stagecoach',
  help:
    'Stagecoach turns this sheet into a sales pipeline.\n\n' +
    '1. Set up pipeline: name your stages in order, mark the one moment of truth, and write what happens at each step.\n' +
    '2. Open sidebar: select a prospect row to see its stage and playbook, and move it along; every move is logged in Stage History.\n' +
    '3. Check stages: find stage cells the formulas cannot read, and fix them in one click.\n' +
    '4. Build dashboard: live KPIs and a funnel chart.\n\n' +
    'Formulas: =CONVERSION(C2:C), =FUNNEL(C2:C), =WINRATE(C2:C), =PIPELINEVALUE(C2:C, F2:F), =STAGECHECK(C2:C), =PARETO(B2:B, F2:F), =TOPSHARE(B2:B, F2:F).',
  dashboardBuilt: 'The dashboard is on the sheet "{sheet}".',
  noProspectsSheet: 'No sheet here has a Stage column in its first row. Add a header "Stage" (or "Giai đoạn") above your stages, or map the columns in Setup.',
  noProspectColumn: 'The sheet "{sheet}" has no column naming the prospect (Prospect, Name, Company, Khách hàng…). Map it in Setup.',
  busy: 'Someone else is changing the pipeline right now. Try again in a moment.',
  rowChanged: 'Row {row} changed since you selected it (it now holds "{name}" at "{stage}"). Nothing was moved: select the prospect again.',
  rowGone: 'Row {row} is no longer a prospect row. Nothing was moved: select the prospects again.',
  unknownStage: '"{stage}" is not a stage of the pipeline.',
  notAStageValue: 'Row {row}: the stage "{value}" is not in the pipeline. Fix it in Check, then try again.',
  alreadyWon: '{name} is already won.',
  closedCannotAdvance: '{name} is closed (lost). Use Move to reopen it at a stage.',
  lastStage: '{name} is at the last stage; use Won to close the sale.',
  reasonRequired: 'Say why the prospect was lost: the reason helps you improve the pipeline.',
  noLostStage: 'The pipeline has no lost stage and the sheet has no Status column, so there is nowhere to record a loss. Add a lost stage in Setup or a Status column.',
  exitCriteriaMissing: 'Before leaving "{stage}", fill in: {missing} ({count} prospects: {names}).',
  nothingSelected: 'Select one or more prospect rows first.',
  setupInvalid: 'The pipeline cannot be saved: {problems}',
  setupNoName: 'row {row} has no name',
  setupDuplicate: '"{name}" appears twice',
  setupWonCount: 'exactly one stage must be won (now {count})',
  setupNoStage: 'add at least one ordinary stage before the won stage',
  setupMomentCount: 'mark exactly one moment of truth (now {count})',
  setupMomentNotStage: 'the moment of truth "{name}" must be an ordinary stage',
  setupProbability: 'the win probability of "{name}" must be from 0% to 100%',
  setupStallDays: 'the stall days of "{name}" must be a whole number of days',
  setupReservedName: 'the first stage may not be called "{name}" (it reads as a header)',
  fixChanged: 'Row {row} no longer holds "{value}"; run Check again.',
  statusOpen: 'Open',
  statusWon: 'Won',
  statusLost: 'Lost',
  noteFixed: 'Stage fixed in Check',
  dashTitle: 'Pipeline dashboard',
  dashSubtitle: 'Live formulas of Stagecoach: they update as the prospects sheet changes. Rebuild after changing the pipeline.',
  dashLeadToSale: 'Lead → sale',
  dashMotToSale: 'Moment of truth ({stage}) → sale',
  dashWinRate: 'Win rate',
  dashWeighted: 'Weighted open pipeline value',
  dashPareto: 'Share of customers bringing 80% of revenue',
  dashTopShare: 'Share of revenue from the top 20% of customers',
  dashFunnel: 'Funnel',
  dashChartTitle: 'Sales funnel',
  dashLabel: 'Label',
  dashSpacer: 'Spacer',
  dashReached: 'Reached',
};

const vi: Catalogue<keyof typeof en> = {
  menuOpenSidebar: 'Mở thanh bên',
  menuSetUp: 'Thiết lập kênh bán hàng',
  menuCheck: 'Kiểm tra giai đoạn',
  menuDashboard: 'Tạo bảng điều khiển',
  menuHelp: 'Trợ giúp',
  sidebarTitle: 'Stagecoach',
  help:
    'Stagecoach biến trang tính này thành kênh bán hàng.\n\n' +
    '1. Thiết lập kênh bán hàng: đặt tên các giai đoạn theo thứ tự, đánh dấu một khoảnh khắc chân lý, và ghi rõ việc cần làm ở từng bước.\n' +
    '2. Mở thanh bên: chọn một dòng khách hàng tiềm năng để xem giai đoạn và kịch bản, rồi chuyển bước; mọi thay đổi được ghi vào Stage History.\n' +
    '3. Kiểm tra giai đoạn: tìm các ô giai đoạn mà công thức không đọc được và sửa bằng một lần bấm.\n' +
    '4. Tạo bảng điều khiển: các chỉ số KPI trực tiếp và biểu đồ phễu.\n\n' +
    'Công thức: =CONVERSION(C2:C), =FUNNEL(C2:C), =WINRATE(C2:C), =PIPELINEVALUE(C2:C, F2:F), =STAGECHECK(C2:C), =PARETO(B2:B, F2:F), =TOPSHARE(B2:B, F2:F).',
  dashboardBuilt: 'Bảng điều khiển nằm ở trang tính "{sheet}".',
  noProspectsSheet: 'Không trang tính nào có cột Giai đoạn ở dòng đầu. Thêm tiêu đề "Giai đoạn" (hoặc "Stage") phía trên các giai đoạn, hoặc ghép cột trong phần Thiết lập.',
  noProspectColumn: 'Trang tính "{sheet}" không có cột tên khách hàng tiềm năng (Khách hàng, Tên, Prospect…). Hãy ghép cột trong phần Thiết lập.',
  busy: 'Có người khác đang thay đổi kênh bán hàng. Vui lòng thử lại sau giây lát.',
  rowChanged: 'Dòng {row} đã thay đổi kể từ khi bạn chọn (giờ là "{name}" ở "{stage}"). Chưa có gì được chuyển: hãy chọn lại khách hàng tiềm năng.',
  rowGone: 'Dòng {row} không còn là một khách hàng tiềm năng. Chưa có gì được chuyển: hãy chọn lại.',
  unknownStage: '"{stage}" không phải là giai đoạn của kênh bán hàng.',
  notAStageValue: 'Dòng {row}: giai đoạn "{value}" không có trong kênh bán hàng. Hãy sửa trong phần Kiểm tra rồi thử lại.',
  alreadyWon: '{name} đã chốt thành công.',
  closedCannotAdvance: '{name} đã đóng (thất bại). Dùng Chuyển đến để mở lại ở một giai đoạn.',
  lastStage: '{name} đang ở giai đoạn cuối; hãy bấm Thành công để chốt bán hàng.',
  reasonRequired: 'Hãy ghi lý do thất bại: lý do giúp bạn cải thiện kênh bán hàng.',
  noLostStage: 'Kênh bán hàng không có giai đoạn thất bại và trang tính không có cột Trạng thái, nên không có chỗ ghi nhận thất bại. Hãy thêm giai đoạn thất bại trong Thiết lập hoặc thêm cột Trạng thái.',
  exitCriteriaMissing: 'Trước khi rời "{stage}", cần điền: {missing} ({count} khách hàng tiềm năng: {names}).',
  nothingSelected: 'Hãy chọn một hoặc nhiều dòng khách hàng tiềm năng trước.',
  setupInvalid: 'Chưa thể lưu kênh bán hàng: {problems}',
  setupNoName: 'dòng {row} chưa có tên',
  setupDuplicate: '"{name}" xuất hiện hai lần',
  setupWonCount: 'cần đúng một giai đoạn thành công (hiện có {count})',
  setupNoStage: 'cần ít nhất một giai đoạn thường trước giai đoạn thành công',
  setupMomentCount: 'hãy đánh dấu đúng một khoảnh khắc chân lý (hiện có {count})',
  setupMomentNotStage: 'khoảnh khắc chân lý "{name}" phải là một giai đoạn thường',
  setupProbability: 'xác suất thắng của "{name}" phải từ 0% đến 100%',
  setupStallDays: 'số ngày chững của "{name}" phải là số ngày nguyên',
  setupReservedName: 'giai đoạn đầu tiên không được tên là "{name}" (sẽ bị đọc như tiêu đề)',
  fixChanged: 'Dòng {row} không còn chứa "{value}"; hãy chạy Kiểm tra lại.',
  statusOpen: 'Đang mở',
  statusWon: 'Thắng',
  statusLost: 'Thua',
  noteFixed: 'Sửa giai đoạn trong phần Kiểm tra',
  dashTitle: 'Bảng điều khiển kênh bán hàng',
  dashSubtitle: 'Công thức trực tiếp của Stagecoach: tự cập nhật khi trang khách hàng tiềm năng thay đổi. Hãy tạo lại sau khi đổi kênh bán hàng.',
  dashLeadToSale: 'Khách hàng tiềm năng → bán hàng',
  dashMotToSale: 'Khoảnh khắc chân lý ({stage}) → bán hàng',
  dashWinRate: 'Tỷ lệ thắng',
  dashWeighted: 'Giá trị kênh đang mở (có trọng số)',
  dashPareto: 'Tỷ lệ khách hàng mang lại 80% doanh thu',
  dashTopShare: 'Tỷ lệ doanh thu từ 20% khách hàng hàng đầu',
  dashFunnel: 'Phễu bán hàng',
  dashChartTitle: 'Phễu bán hàng',
  dashLabel: 'Nhãn',
  dashSpacer: 'Khoảng đệm',
  dashReached: 'Đã đạt',
};

export type MessageKey = keyof typeof en;
export const serverMessages: Record<Locale, Catalogue<MessageKey>> = { en, vi };

export function serverText(locale: Locale) {
  return translator(serverMessages, locale);
}
