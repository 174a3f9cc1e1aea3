// The words in the demo's cells, in English and Vietnamese: headers, statuses, lead sources, reasons, next steps.
import type { Locale } from '../../src/core/types';

export interface DemoWords {
  /** The prospects sheet's name and headers (the car-dealer template's exit criteria name some of them). */
  sheet: string;
  headers: string[];
  status: { open: string; won: string; lost: string };
  leadSources: string[];
  lostReasons: string[];
  /** What happens next for an open prospect, by ordinary stage. */
  nextSteps: string[][];
  afterSale: string[];
  followUp: string;
  /** Typing slips found in real stage columns, one per ordinary stage after the first, and a number. */
  typos: Array<string | number>;
}

const en: DemoWords = {
  sheet: 'Leads',
  headers: ['ID', 'Name', 'Owner', 'Stage', 'Status', 'Value', 'Customer', 'Stage since', 'Lost reason', 'Phone', 'Email', 'Next step', 'Follow-up'],
  status: { open: 'Open', won: 'Won', lost: 'Lost' },
  leadSources: ['Website enquiry', 'Walk-in', 'Phone call', 'Facebook ad', 'Referral', 'Zalo message', 'Motor show'],
  lostReasons: [
    'Price too high',
    'Bought from another dealer',
    'Loan refused',
    'Postponed the purchase',
    'Chose another model',
    'No answer after test drive',
    'Trade-in value too low',
  ],
  nextSteps: [
    ['Call back to book a showroom visit', 'Send brochure and price list', 'Invite to the weekend showroom event'],
    ['Book a test drive for Saturday', 'Call to confirm the test drive', 'Send a video walkaround'],
    ['Send quote with trade-in estimate', 'Value the trade-in car', 'Call for test drive feedback'],
    ['Submit the finance application', 'Revise quote (colour, accessories)', 'Call about the quote on Friday'],
    ['Chase the bank for approval', 'Collect payslips for the bank', 'Confirm loan terms with the customer'],
    ['Confirm the delivery date', 'Register the plates', 'Prepare the car for handover'],
  ],
  afterSale: ['Check-in call after 30 days', 'Ask for a referral', 'Book the first service'],
  followUp: 'Follow up in 90 days',
  typos: ['Showrom visit', 'Test drve', 'Quote & tradein', 'Finance aproval', 'Depost paid', 3],
};

const vi: DemoWords = {
  sheet: 'Khách hàng',
  headers: [
    'Mã',
    'Tên',
    'Phụ trách',
    'Giai đoạn',
    'Trạng thái',
    'Giá trị',
    'Khách hàng',
    'Ngày vào giai đoạn',
    'Lý do thua',
    'Điện thoại',
    'Email',
    'Bước tiếp theo',
    'Ngày hẹn',
  ],
  status: { open: 'Đang mở', won: 'Thắng', lost: 'Thua' },
  leadSources: ['Website', 'Khách vãng lai', 'Gọi điện', 'Quảng cáo Facebook', 'Được giới thiệu', 'Tin nhắn Zalo', 'Triển lãm ô tô'],
  lostReasons: [
    'Giá quá cao',
    'Đã mua ở đại lý khác',
    'Không được duyệt vay',
    'Hoãn mua',
    'Chọn mẫu xe khác',
    'Không liên lạc được sau lái thử',
    'Giá thu xe cũ quá thấp',
  ],
  nextSteps: [
    ['Gọi lại hẹn khách đến xem xe', 'Gửi catalogue và bảng giá', 'Mời khách dự sự kiện cuối tuần'],
    ['Hẹn lái thử vào thứ Bảy', 'Gọi xác nhận lịch lái thử', 'Gửi video giới thiệu xe'],
    ['Gửi báo giá kèm định giá xe cũ', 'Định giá xe cũ của khách', 'Gọi hỏi cảm nhận sau lái thử'],
    ['Nộp hồ sơ vay', 'Sửa báo giá (màu, phụ kiện)', 'Gọi trao đổi báo giá vào thứ Sáu'],
    ['Đề nghị ngân hàng duyệt vay', 'Thu bảng lương nộp ngân hàng', 'Xác nhận điều kiện vay với khách'],
    ['Xác nhận ngày giao xe', 'Làm thủ tục đăng ký biển số', 'Chuẩn bị xe để bàn giao'],
  ],
  afterSale: ['Gọi hỏi thăm sau 30 ngày', 'Nhờ khách giới thiệu', 'Hẹn bảo dưỡng lần đầu'],
  followUp: 'Liên hệ lại sau 90 ngày',
  typos: ['Den xem xe', 'Lai thu', 'Báo giá & đổi xe cu', 'Duyệt tra góp', 'Đã đặt cocc', 3],
};

export const DEMO_WORDS: Record<Locale, DemoWords> = { en, vi };
