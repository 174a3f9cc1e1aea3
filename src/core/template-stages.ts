// The ready-made pipelines' stages (generic B2B, car dealer, hospitality, services, in English and Vietnamese): names,
// kinds, probabilities, moment of truth, stall and follow-up days, exit criteria. The server needs only these (to
// propose the template a sheet fits); the texts a user reads (buyer step, playbook) are in template-texts.ts, which
// only the sidebar bundles (through templates.ts), so that Code.js, parsed on every custom-function call, stays small.
import type { Locale, StageSetup } from './types';

export type TemplateId = 'b2b' | 'car-dealer' | 'hospitality' | 'services';

/** A template's stage without its texts. */
export type TemplateStage = Omit<StageSetup, 'buyerStep' | 'playbook'>;

export interface TemplateStages {
  id: TemplateId;
  locale: Locale;
  title: string;
  stages: TemplateStage[];
}

/** An ordinary stage: win probability, days before it stalls, days to the follow-up, headers to fill before leaving. */
function stage(
  name: string,
  probability: number,
  stallDays: number,
  followUpDays: number,
  exitCriteria: string[],
  momentOfTruth = false,
): TemplateStage {
  return { name, kind: 'stage', probability, momentOfTruth, stallDays, exitCriteria, followUpDays };
}

function won(name: string): TemplateStage {
  return { name, kind: 'won', probability: 1, momentOfTruth: false, stallDays: null, exitCriteria: [], followUpDays: null };
}

function lost(name: string): TemplateStage {
  return { name, kind: 'lost', probability: 0, momentOfTruth: false, stallDays: null, exitCriteria: [], followUpDays: null };
}

const MOT = true;

// ---------------------------------------------------------------- generic B2B

const b2bEn: TemplateStages = {
  id: 'b2b',
  locale: 'en',
  title: 'Generic B2B',
  stages: [
    stage('New lead', 0.05, 2, 0, ['Owner']),
    stage('Contacted', 0.1, 7, 3, ['Owner', 'Phone', 'Next step']),
    stage('Qualified', 0.2, 10, 2, ['Owner', 'Phone', 'Next step']),
    stage('Appointment held', 0.4, 14, 2, ['Owner', 'Value', 'Next step'], MOT),
    stage('Proposal sent', 0.6, 10, 3, ['Owner', 'Value', 'Email', 'Next step']),
    stage('Negotiation', 0.8, 14, 2, ['Owner', 'Value', 'Next step']),
    won('Won'),
    lost('Lost'),
    lost('Disqualified'),
  ],
};

const b2bVi: TemplateStages = {
  id: 'b2b',
  locale: 'vi',
  title: 'Bán hàng doanh nghiệp (B2B)',
  stages: [
    stage('Khách tiềm năng mới', 0.05, 2, 0, ['Phụ trách']),
    stage('Đã liên hệ', 0.1, 7, 3, ['Phụ trách', 'Điện thoại', 'Bước tiếp theo']),
    stage('Đã sàng lọc', 0.2, 10, 2, ['Phụ trách', 'Điện thoại', 'Bước tiếp theo']),
    stage('Đã gặp trực tiếp', 0.4, 14, 2, ['Phụ trách', 'Giá trị', 'Bước tiếp theo'], MOT),
    stage('Đã gửi báo giá', 0.6, 10, 3, ['Phụ trách', 'Giá trị', 'Email', 'Bước tiếp theo']),
    stage('Đàm phán', 0.8, 14, 2, ['Phụ trách', 'Giá trị', 'Bước tiếp theo']),
    won('Thành công'),
    lost('Thất bại'),
    lost('Không phù hợp'),
  ],
};

// ---------------------------------------------------------------- car dealer

const carEn: TemplateStages = {
  id: 'car-dealer',
  locale: 'en',
  title: 'Car dealer',
  stages: [
    stage('Enquiry', 0.05, 1, 0, ['Owner']),
    stage('Showroom visit', 0.15, 5, 1, ['Owner', 'Phone', 'Next step']),
    stage('Test drive', 0.4, 3, 1, ['Owner', 'Phone', 'Next step'], MOT),
    stage('Quote & trade-in', 0.55, 5, 1, ['Owner', 'Phone', 'Value']),
    stage('Finance approval', 0.75, 7, 1, ['Owner', 'Value', 'Next step']),
    stage('Deposit paid', 0.9, 14, 7, ['Owner', 'Value', 'Phone']),
    won('Car delivered'),
    lost('Lost'),
  ],
};

const carVi: TemplateStages = {
  id: 'car-dealer',
  locale: 'vi',
  title: 'Đại lý ô tô',
  stages: [
    stage('Khách hỏi xe', 0.05, 1, 0, ['Phụ trách']),
    stage('Đến xem xe', 0.15, 5, 1, ['Phụ trách', 'Điện thoại', 'Bước tiếp theo']),
    stage('Lái thử', 0.4, 3, 1, ['Phụ trách', 'Điện thoại', 'Bước tiếp theo'], MOT),
    stage('Báo giá & đổi xe cũ', 0.55, 5, 1, ['Phụ trách', 'Điện thoại', 'Giá trị']),
    stage('Duyệt trả góp', 0.75, 7, 1, ['Phụ trách', 'Giá trị', 'Bước tiếp theo']),
    stage('Đã đặt cọc', 0.9, 14, 7, ['Phụ trách', 'Giá trị', 'Điện thoại']),
    won('Đã giao xe'),
    lost('Thất bại'),
  ],
};

// ---------------------------------------------------------------- hospitality

const hospitalityEn: TemplateStages = {
  id: 'hospitality',
  locale: 'en',
  title: 'Hospitality & events',
  stages: [
    stage('Enquiry', 0.05, 1, 0, ['Owner']),
    stage('Brief taken', 0.15, 3, 1, ['Owner', 'Phone', 'Email']),
    stage('Visit booked', 0.25, 7, 2, ['Owner', 'Phone', 'Next step']),
    stage('Site visit', 0.5, 5, 1, ['Owner', 'Phone', 'Next step'], MOT),
    stage('Proposal sent', 0.6, 7, 2, ['Owner', 'Value', 'Email']),
    stage('Contract & deposit', 0.8, 10, 3, ['Owner', 'Value', 'Next step']),
    won('Booking confirmed'),
    lost('Lost'),
  ],
};

const hospitalityVi: TemplateStages = {
  id: 'hospitality',
  locale: 'vi',
  title: 'Nhà hàng, khách sạn & sự kiện',
  stages: [
    stage('Yêu cầu mới', 0.05, 1, 0, ['Phụ trách']),
    stage('Đã nắm nhu cầu', 0.15, 3, 1, ['Phụ trách', 'Điện thoại', 'Email']),
    stage('Hẹn xem cơ sở', 0.25, 7, 2, ['Phụ trách', 'Điện thoại', 'Bước tiếp theo']),
    stage('Xem cơ sở', 0.5, 5, 1, ['Phụ trách', 'Điện thoại', 'Bước tiếp theo'], MOT),
    stage('Đã gửi báo giá', 0.6, 7, 2, ['Phụ trách', 'Giá trị', 'Email']),
    stage('Ký hợp đồng, đặt cọc', 0.8, 10, 3, ['Phụ trách', 'Giá trị', 'Bước tiếp theo']),
    won('Đã xác nhận đặt chỗ'),
    lost('Thất bại'),
  ],
};

// ---------------------------------------------------------------- services

const servicesEn: TemplateStages = {
  id: 'services',
  locale: 'en',
  title: 'Services (consultancy, agency)',
  stages: [
    stage('New enquiry', 0.05, 2, 0, ['Owner']),
    stage('Discovery call', 0.15, 7, 2, ['Owner', 'Phone', 'Email']),
    stage('Free assessment', 0.4, 10, 2, ['Owner', 'Email', 'Next step'], MOT),
    stage('Proposal sent', 0.55, 10, 3, ['Owner', 'Value', 'Email']),
    stage('Decision meeting', 0.7, 14, 3, ['Owner', 'Value', 'Next step']),
    stage('Contract sent', 0.85, 7, 3, ['Owner', 'Value', 'Next step']),
    won('Client signed'),
    lost('Lost'),
    lost('Not a fit'),
  ],
};

const servicesVi: TemplateStages = {
  id: 'services',
  locale: 'vi',
  title: 'Dịch vụ (tư vấn, truyền thông)',
  stages: [
    stage('Yêu cầu mới', 0.05, 2, 0, ['Phụ trách']),
    stage('Cuộc gọi tìm hiểu', 0.15, 7, 2, ['Phụ trách', 'Điện thoại', 'Email']),
    stage('Đánh giá miễn phí', 0.4, 10, 2, ['Phụ trách', 'Email', 'Bước tiếp theo'], MOT),
    stage('Đã gửi đề xuất', 0.55, 10, 3, ['Phụ trách', 'Giá trị', 'Email']),
    stage('Họp ra quyết định', 0.7, 14, 3, ['Phụ trách', 'Giá trị', 'Bước tiếp theo']),
    stage('Đã gửi hợp đồng', 0.85, 7, 3, ['Phụ trách', 'Giá trị', 'Bước tiếp theo']),
    won('Đã ký hợp đồng'),
    lost('Thất bại'),
    lost('Không phù hợp'),
  ],
};

/** Every template's stages, each id in both languages, in the order Setup lists them; treat as read-only. */
export const templateStages: readonly TemplateStages[] = [b2bEn, b2bVi, carEn, carVi, hospitalityEn, hospitalityVi, servicesEn, servicesVi];
