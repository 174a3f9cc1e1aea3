// Canned server replies for the sidebar tests, typed by the server contract so they stay shaped like the real thing.
import type {
  CheckResult,
  ProspectHistory,
  PipelineSummary,
  ProspectView,
  SelectionView,
  SetupView,
  SidebarState,
  StageSetup,
} from '../../src/server/api';

const stage = (
  name: string,
  probability: number,
  stallDays: number | null,
  exitCriteria: string[],
  playbook: string,
  momentOfTruth = false,
): StageSetup => ({
  name,
  kind: 'stage',
  probability,
  momentOfTruth,
  followUpDays: null,
  buyerStep: '',
  stallDays,
  exitCriteria,
  playbook,
});
const won = (name: string): StageSetup => ({ ...stage(name, 1, null, [], ''), kind: 'won' });
const lost = (name: string): StageSetup => ({ ...stage(name, 0, null, [], ''), kind: 'lost' });

export const stagesEn: StageSetup[] = [
  stage('New lead', 0.05, 2, ['Owner'], 'Call within 1 hour of the enquiry.'),
  stage('Contacted', 0.1, 7, ['Owner', 'Phone'], 'Send the company overview the same day.'),
  {
    ...stage('Qualified', 0.2, 10, ['Owner', 'Next step'], 'Check the fit: budget, need, timing.\nConfirm the appointment by email the day before.'),
    buyerStep: 'Drawing up a shortlist',
  },
  stage('Appointment held', 0.4, 14, ['Owner', 'Value'], 'Meet the decision maker in person.', true),
  stage('Proposal sent', 0.6, 10, ['Value'], 'Present the proposal on a call.'),
  won('Won'),
  lost('Lost'),
];

export const headersEn = ['ID', 'Prospect', 'Stage', 'Status', 'Value', 'Owner', 'Phone', 'Next step', 'Stage since', 'Lost reason'];

export const stateEn: SidebarState = {
  locale: 'en',
  view: 'prospect',
  prospectsSheet: 'Leads',
  mapping: {
    id: 'ID',
    prospect: 'Prospect',
    stage: 'Stage',
    status: 'Status',
    value: 'Value',
    owner: 'Owner',
    stageSince: 'Stage since',
    lostReason: 'Lost reason',
  },
  stages: stagesEn,
  problems: [],
  setupMissing: false,
  proposal: null,
  statusOffer: null,
  timeZone: 'Asia/Ho_Chi_Minh',
};

export const acme: ProspectView = {
  row: 7,
  id: 'L-007',
  name: 'Acme Ltd',
  stage: 'Qualified',
  status: 'open',
  owner: 'Lan',
  value: '12,000',
  daysInStage: 12,
  // Qualified stalls after 10 days.
  stalled: true,
  nextStage: 'Appointment held',
  missingExitCriteria: [],
  movedWithout: [],
  lostWithoutReason: false,
  stageKnown: true,
  nextStep: 'Confirm the appointment by email',
  followUp: '2025-03-14',
  followUpUnreadable: '',
};

export const prospect = (overrides: Partial<ProspectView>): ProspectView => ({ ...acme, ...overrides });

export const selectionOf = (...prospects: ProspectView[]): SelectionView => ({ sheet: 'Leads', onProspects: true, prospects, more: 0 });

export const selectionOne = selectionOf(acme);

export const selectionThree = selectionOf(
  acme,
  prospect({ row: 9, id: 'L-009', name: 'Binh Minh Co', stage: 'Contacted', daysInStage: 3, stalled: false, nextStage: 'Qualified' }),
  prospect({
    row: 12,
    id: 'L-012',
    name: 'Cuu Long Foods',
    stage: 'Proposal sent',
    daysInStage: 1,
    stalled: false,
    nextStage: 'Won',
    missingExitCriteria: ['Value'],
  }),
);

/** Entries newest first, as getProspectHistory returns them. */
export const historyAcme: ProspectHistory = {
  entries: [
    { when: '2025-03-10T09:05:00.000Z', from: 'Contacted', to: 'Qualified', status: 'Open', by: 'lan@example.com', note: 'Budget confirmed' },
    { when: '2025-03-02T03:40:00.000Z', from: 'New lead', to: 'Contacted', status: 'Open', by: 'lan@example.com', note: '' },
    { when: '2025-03-01T02:12:00.000Z', from: '', to: 'New lead', status: 'Open', by: 'lan@example.com', note: '' },
  ],
  daysInStage: 12,
  stalled: true,
  olderNotShown: false,
};

export const summaryEn: PipelineSummary = {
  owners: ['Lan', 'Minh'],
  owner: null,
  prospects: 240,
  leadToSale: 0.125,
  momentOfTruthStage: 'Appointment held',
  momentOfTruthToSale: 0.42,
  winRate: 0.31,
  weightedOpenValue: 1_250_000,
  medianDaysToClose: null,
  funnel: [
    { stage: 'New lead', reached: 240, now: 40, stepRate: null, overallRate: 1, momentOfTruth: false },
    { stage: 'Contacted', reached: 180, now: 35, stepRate: 0.75, overallRate: 0.75, momentOfTruth: false },
    { stage: 'Qualified', reached: 120, now: 30, stepRate: 0.6667, overallRate: 0.5, momentOfTruth: false },
    { stage: 'Appointment held', reached: 70, now: 20, stepRate: 0.5833, overallRate: 0.2917, momentOfTruth: true },
    { stage: 'Proposal sent', reached: 45, now: 15, stepRate: 0.6429, overallRate: 0.1875, momentOfTruth: false },
    { stage: 'Won', reached: 30, now: 30, stepRate: 0.6667, overallRate: 0.125, momentOfTruth: false },
  ],
  stalled: [
    { row: 31, name: 'Delta Logistics', stage: 'Contacted', owner: 'Minh', daysInStage: 21, stallDays: 7 },
    { row: 44, name: 'Hoa Sen Hotel', stage: 'Proposal sent', owner: 'Lan', daysInStage: 15, stallDays: 10 },
  ],
  stalledCount: 1,
  problems: 2,
  unreadableValues: 0,
  cycleTime: { days: 23.5, sales: 30 },
  slowestStage: { stage: 'Proposal sent', medianDays: 12, stays: 40, stillInStage: 15 },
  velocity: 41_250,
  calibration: [{ stage: 'Proposal sent', set: 0.5, observed: 0.22, closed: 40 }],
};

export const setupEn: SetupView = {
  stages: stagesEn,
  mapping: stateEn.mapping,
  headers: headersEn,
  prospectsSheet: 'Leads',
  sheets: ['Leads', 'Pipeline Setup', 'Stage History'],
  stageCounts: { 'New lead': 40, Contacted: 35, Qualified: 30, 'Appointment held': 20, 'Proposal sent': 15, Won: 30, Lost: 70 },
  proposal: null,
};

export const checkEn: CheckResult = {
  sheet: 'Leads',
  problems: [
    {
      row: 15,
      id: 'L-015',
      name: 'Hoang Trading',
      value: 'Qualifed',
      problem: '"Qualifed" is not a stage of the pipeline.',
      suggestion: 'Qualified',
      suggestedStatus: '',
      sameFix: 1,
    },
    {
      row: 22,
      id: 'L-022',
      name: 'Minh Phat Logistics',
      value: 'Maybe later',
      problem: '"Maybe later" is not a stage of the pipeline.',
      suggestion: '',
      suggestedStatus: '',
      sameFix: 0,
    },
  ],
  untidy: 0,
  movedWithout: [],
  movedWithoutCount: 0,
  lostWithoutReason: [],
  lostWithoutReasonCount: 0,
  duplicates: [],
  duplicateCount: 0,
};

// ------------------------------------------------------------------ Vietnamese

export const stagesVi: StageSetup[] = [
  stage('Khách tiềm năng mới', 0.05, 2, ['Phụ trách'], 'Gọi lại trong vòng 1 giờ.'),
  stage('Đã liên hệ', 0.1, 7, ['Phụ trách', 'Điện thoại'], 'Gửi hồ sơ năng lực ngay trong ngày.'),
  stage('Đã gặp trực tiếp', 0.4, 14, ['Phụ trách', 'Giá trị'], 'Gặp người ra quyết định.\nChốt phạm vi và giá trị ước tính.', true),
  stage('Đã gửi báo giá', 0.6, 10, ['Giá trị'], 'Trình bày báo giá qua điện thoại.'),
  won('Thành công'),
  lost('Thất bại'),
];

export const stateVi: SidebarState = {
  ...stateEn,
  locale: 'vi',
  prospectsSheet: 'Khách hàng',
  mapping: { prospect: 'Tên', stage: 'Giai đoạn', status: 'Trạng thái', value: 'Giá trị', owner: 'Phụ trách' },
  stages: stagesVi,
};

export const selectionVi = selectionOf(
  prospect({
    row: 5,
    id: '',
    name: 'Công ty Hoàng Gia',
    stage: 'Đã gặp trực tiếp',
    owner: 'Trang',
    value: '350.000.000',
    daysInStage: 20,
    stalled: true,
    nextStage: 'Đã gửi báo giá',
    missingExitCriteria: ['Giá trị'],
  }),
);

export const selectionViMany = selectionOf(
  selectionVi.prospects[0],
  prospect({
    row: 6,
    id: '',
    name: 'Nhà hàng Sen Vàng',
    stage: 'Đã liên hệ',
    owner: 'Trang',
    value: '',
    daysInStage: 1,
    stalled: false,
    nextStage: 'Đã gặp trực tiếp',
  }),
);

export const historyVi: ProspectHistory = {
  entries: [
    {
      when: '2025-03-01T02:12:00.000Z',
      from: 'Đã liên hệ',
      to: 'Đã gặp trực tiếp',
      status: 'Đang mở',
      by: 'trang@example.com',
      note: 'Khách hẹn gặp tại văn phòng',
    },
  ],
  daysInStage: 20,
  stalled: true,
  olderNotShown: false,
};

export const summaryVi: PipelineSummary = {
  ...summaryEn,
  owners: ['Trang', 'Tuấn'],
  momentOfTruthStage: 'Đã gặp trực tiếp',
  funnel: [
    { stage: 'Khách tiềm năng mới', reached: 100, now: 20, stepRate: null, overallRate: 1, momentOfTruth: false },
    { stage: 'Đã gặp trực tiếp', reached: 40, now: 10, stepRate: 0.4, overallRate: 0.4, momentOfTruth: true },
    { stage: 'Thành công', reached: 12, now: 12, stepRate: 0.3, overallRate: 0.12, momentOfTruth: false },
  ],
  stalled: [{ row: 8, name: 'Khách sạn Biển Xanh', stage: 'Đã liên hệ', owner: 'Tuấn', daysInStage: 12, stallDays: 7 }],
  slowestStage: { stage: 'Đã gặp trực tiếp', medianDays: 12, stays: 40, stillInStage: 15 },
  calibration: [{ stage: 'Đã gặp trực tiếp', set: 0.5, observed: 0.22, closed: 40 }],
};

export const setupVi: SetupView = {
  stages: stagesVi,
  mapping: stateVi.mapping,
  headers: ['Tên', 'Giai đoạn', 'Trạng thái', 'Giá trị', 'Phụ trách', 'Điện thoại'],
  prospectsSheet: 'Khách hàng',
  sheets: ['Khách hàng'],
  stageCounts: { 'Đã liên hệ': 4 },
  proposal: null,
};

export const checkVi: CheckResult = {
  sheet: 'Khách hàng',
  problems: [
    {
      row: 9,
      id: 'L-009',
      name: 'Công ty Sao Mai',
      value: 'Da lien he',
      problem: '“Da lien he” không phải là giai đoạn của kênh bán hàng.',
      suggestion: 'Đã liên hệ',
      suggestedStatus: '',
      sameFix: 1,
    },
  ],
  untidy: 0,
  movedWithout: [],
  movedWithoutCount: 0,
  lostWithoutReason: [],
  lostWithoutReasonCount: 0,
  duplicates: [],
  duplicateCount: 0,
};
