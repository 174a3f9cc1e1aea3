// What a user reads in the ready-made pipelines: each stage's buyer step and playbook, in the order of the stages in
// template-stages.ts (the one place their names are), joined to them by templates.ts. Only the sidebar bundles this
// file: the server never shows these texts, and Code.js is parsed on every custom-function call.
import type { TemplateId } from './template-stages';
import type { Locale } from './types';

export interface StageTexts {
  /** What the buyer is doing at this stage. */
  buyerStep: string;
  playbook: string;
}

/** A stage's texts; the playbook is given one line per entry. */
function texts(buyerStep: string, playbook: string[]): StageTexts {
  return { buyerStep, playbook: playbook.join('\n') };
}

// ---------------------------------------------------------------- generic B2B

const b2bEn: StageTexts[] = [
  texts('Noticing a problem and researching options online', [
    'Call within 1 hour; if nobody answers, email and call again next morning.',
    'Ask: "What made you contact us today?" and "What have you tried so far?"',
    'Note where the lead came from and assign an owner the same day.',
  ]),
  texts('Asking suppliers for first information', [
    'Book a face-to-face meeting with the person who signs.',
    'Send the one-page company overview and two case studies from their industry the same day.',
    'Find out who decides, what budget exists and by when they need a solution.',
  ]),
  texts('Drawing up a shortlist of suppliers', [
    'Confirm the appointment by email, with a short agenda.',
    'Check the fit: right size, a real need, a budget and a decision within 3 months. If not, move to Disqualified.',
    'Ask them to bring everyone else who has a say in the decision.',
  ]),
  texts('Meeting suppliers to judge fit and trust', [
    'Agree the scope, the value and a date to present the proposal.',
    'Moment of truth: the owner meets the decision maker in person (or on video).',
    'Ask about their goals, current costs and what a good result looks like in numbers.',
    'Agree the scope and an estimated value before you leave; enter it in "Value".',
  ]),
  texts('Comparing proposals and prices', [
    'Call 3 days after sending: "Which part would you like to change?"',
    'Send the proposal within 48 hours, in the words the client used in the meeting.',
    'Present it on a call or in person; never just email it and wait.',
  ]),
  texts('Agreeing terms and getting sign-off', [
    'Ask: "Apart from price, is anything stopping you from going ahead?"',
    "Trade, don't give: swap every discount for something (longer term, faster payment, a referral).",
    'Send the contract as soon as terms are agreed; put the signing date in "Follow-up date".',
  ]),
  texts('Signing and starting', [
    'Hand over to delivery within 24 hours, with the meeting notes and the proposal.',
    'Thank the client and ask for a referral: "Who else do you know with the same problem?"',
    'Book a check-in call 30 days after the start.',
  ]),
  texts('Chose someone else or did nothing', [
    'Ask what would have won the deal, and thank them for their time.',
    'Record the reason when you mark it lost: price, timing, competitor or no decision.',
    'Set a follow-up in 90 days.',
  ]),
  texts('Not a buyer for this offer', [
    'Refer them to someone who can help, if you can; it builds goodwill.',
    'Record why they are not a fit: size, budget, location or need.',
    'Take them off the call list; revisit only if their situation changes.',
  ]),
];

const b2bVi: StageTexts[] = [
  texts('Nhận ra vấn đề, tìm hiểu các lựa chọn trên mạng', [
    'Gọi lại trong vòng 1 giờ; khách không nghe máy thì gửi email và gọi lại sáng hôm sau.',
    'Hỏi: "Điều gì khiến anh/chị liên hệ với bên em hôm nay?" và "Anh/chị đã thử những cách nào rồi?"',
    'Ghi lại khách đến từ nguồn nào và giao người phụ trách ngay trong ngày.',
  ]),
  texts('Hỏi thông tin ban đầu từ các nhà cung cấp', [
    'Hẹn gặp trực tiếp người ký duyệt.',
    'Ngay trong ngày, gửi bản giới thiệu công ty một trang và hai câu chuyện khách hàng cùng ngành.',
    'Tìm hiểu ai là người ra quyết định, ngân sách bao nhiêu và khi nào khách cần giải pháp.',
  ]),
  texts('Lập danh sách rút gọn các nhà cung cấp', [
    'Gửi email xác nhận lịch hẹn, kèm nội dung buổi gặp.',
    'Kiểm tra mức độ phù hợp: đúng quy mô, có nhu cầu thật, có ngân sách và sẽ quyết định trong 3 tháng. Nếu không, chuyển sang "Không phù hợp".',
    'Đề nghị khách mời thêm những người có tiếng nói trong quyết định.',
  ]),
  texts('Gặp nhà cung cấp để xem có hợp, có đáng tin không', [
    'Thống nhất phạm vi công việc, giá trị và ngày trình bày báo giá.',
    'Khoảnh khắc chân lý: người phụ trách gặp trực tiếp người ra quyết định (hoặc họp trực tuyến).',
    'Hỏi về mục tiêu, chi phí hiện tại và thế nào là kết quả tốt, bằng con số cụ thể.',
    'Trước khi về, thống nhất phạm vi công việc và giá trị ước tính; ghi vào cột "Giá trị".',
  ]),
  texts('So sánh các báo giá và đề xuất', [
    'Gọi lại sau 3 ngày: "Anh/chị muốn điều chỉnh phần nào ạ?"',
    'Gửi báo giá trong vòng 48 giờ, dùng chính những từ khách đã nói trong buổi gặp.',
    'Trình bày báo giá qua điện thoại hoặc gặp mặt; đừng chỉ gửi email rồi ngồi chờ.',
  ]),
  texts('Thống nhất điều khoản và xin phê duyệt', [
    'Hỏi: "Ngoài giá ra, còn điều gì khiến anh/chị chưa quyết định không?"',
    'Có đổi mới có giảm: mỗi lần giảm giá phải đổi lấy một điều gì đó (hợp đồng dài hơn, thanh toán sớm hơn, giới thiệu khách mới).',
    'Gửi hợp đồng ngay khi chốt điều khoản; ghi ngày ký vào cột "Ngày hẹn".',
  ]),
  texts('Ký hợp đồng và bắt đầu', [
    'Bàn giao cho bộ phận triển khai trong vòng 24 giờ, kèm ghi chú buổi gặp và báo giá.',
    'Cảm ơn khách và xin giới thiệu: "Anh/chị có biết ai đang gặp vấn đề tương tự không?"',
    'Hẹn cuộc gọi thăm hỏi 30 ngày sau khi bắt đầu.',
  ]),
  texts('Chọn bên khác hoặc chưa làm gì', [
    'Hỏi khách điều gì lẽ ra giúp mình thắng, và cảm ơn họ đã dành thời gian.',
    'Ghi rõ lý do khi đánh dấu thất bại: giá, thời điểm, đối thủ, hay khách không quyết định.',
    'Đặt lịch liên hệ lại sau 90 ngày.',
  ]),
  texts('Không phải khách của sản phẩm này', [
    'Giới thiệu khách sang đơn vị có thể giúp họ, nếu được; đó là cách tạo thiện cảm.',
    'Ghi lý do không phù hợp: quy mô, ngân sách, địa điểm hay nhu cầu.',
    'Bỏ khỏi danh sách gọi; chỉ liên hệ lại khi tình hình của khách thay đổi.',
  ]),
];

// ---------------------------------------------------------------- car dealer

const carEn: StageTexts[] = [
  texts('Browsing cars online and comparing prices', [
    'Call back within 15 minutes; web leads go cold by the hour.',
    'Ask: which model, new or used, cash or finance, and is there a car to trade in?',
    'Don\'t quote a price on the phone; invite them in: "When could you come and drive it?"',
  ]),
  texts('Visiting dealers to see the car in person', [
    'Book the test drive for today, not "next time", and copy the driving licence.',
    'Greet them within 1 minute, offer a drink, and ask what they drive now and what they like about it.',
    'If they leave without driving, put the test-drive date in "Follow-up date".',
  ]),
  texts('Driving the car to feel if it fits', [
    'Give one written offer: car price, trade-in value and monthly payment.',
    'Moment of truth: get the prospect behind the wheel, on a route with a hill, a bend and parking.',
    'Let them drive and talk; point out the one or two features they said mattered.',
    'After the drive, sit down at your desk and ask: "Shall we look at the numbers?"',
  ]),
  texts('Comparing price, trade-in and finance offers', [
    'Call the next day: "Is anything stopping you from choosing this car?"',
    'Appraise the trade-in with the customer standing at the car, so they see every check.',
    'Give one written offer: car price, trade-in value, monthly payment; enter the total in "Value".',
  ]),
  texts('Arranging the loan or the money', [
    'Chase the lender daily; tell the customer where it stands before they have to ask.',
    'Send the finance application the same day with ID, proof of income and the quote.',
    'Once approved, book the signing and deposit and put the date in "Follow-up date".',
  ]),
  texts('Committing with a deposit and waiting for the car', [
    'Confirm the delivery date in writing and call every week until delivery.',
    'Prepare registration, insurance and the accessories they asked for.',
    'Have the car cleaned and fuelled for a handover photo.',
  ]),
  texts('Taking the keys', [
    'Book the first service, and call 7 days later: "How is the car?"',
    'Hand over in person: walk through the controls, pair their phone, take a photo with the car.',
    'Ask for a referral and an online review while they are happy.',
  ]),
  texts('Bought elsewhere or put it off', [
    'Ask what would have won the sale, and thank them for coming in.',
    'Record the reason: bought elsewhere, price, finance declined or changed their mind.',
    'Set a follow-up in 90 days; many buyers come back when their situation changes.',
  ]),
];

const carVi: StageTexts[] = [
  texts('Xem xe trên mạng, so sánh giá', [
    'Gọi lại trong vòng 15 phút; khách để lại thông tin trên mạng nguội đi rất nhanh.',
    'Hỏi: anh/chị quan tâm mẫu xe nào, xe mới hay xe cũ, trả thẳng hay trả góp, có xe cũ muốn đổi không?',
    'Đừng báo giá qua điện thoại; mời khách đến: "Khi nào anh/chị tiện qua lái thử xe ạ?"',
  ]),
  texts('Đến đại lý xem xe tận mắt', [
    'Xếp lịch lái thử ngay hôm nay, đừng hẹn "lần sau", và chụp bằng lái của khách.',
    'Chào khách trong vòng 1 phút, mời nước, hỏi anh/chị đang đi xe gì và thích điều gì ở chiếc xe đó.',
    'Nếu khách về mà chưa lái thử, ghi ngày hẹn lái thử vào cột "Ngày hẹn".',
  ]),
  texts('Cầm lái để cảm nhận xe có hợp với mình không', [
    'Đưa một báo giá bằng văn bản: giá xe, giá thu xe cũ và số tiền trả mỗi tháng.',
    'Khoảnh khắc chân lý: đưa khách vào ngồi sau tay lái, chọn cung đường có dốc, có khúc cua và có chỗ đỗ xe.',
    'Để khách lái và trò chuyện; chỉ ra một hai tính năng mà khách đã nói là quan trọng.',
    'Lái xong, mời khách ngồi vào bàn và hỏi: "Mình cùng xem qua chi phí nhé anh/chị?"',
  ]),
  texts('So sánh giá xe, giá thu xe cũ và gói trả góp', [
    'Gọi lại ngày hôm sau: "Còn điều gì khiến anh/chị chưa chọn chiếc xe này không ạ?"',
    'Định giá xe cũ cùng khách ngay bên xe để khách thấy rõ từng bước kiểm tra.',
    'Đưa một báo giá bằng văn bản: giá xe, giá thu xe cũ, số tiền trả mỗi tháng; ghi tổng vào cột "Giá trị".',
  ]),
  texts('Thu xếp khoản vay hoặc tiền mua xe', [
    'Hỏi ngân hàng mỗi ngày; báo tình hình cho khách trước khi khách phải hỏi.',
    'Nộp hồ sơ vay ngay trong ngày, kèm giấy tờ tùy thân, giấy tờ chứng minh thu nhập và báo giá.',
    'Khi hồ sơ được duyệt, hẹn ngày ký hợp đồng và đặt cọc, ghi vào cột "Ngày hẹn".',
  ]),
  texts('Đặt cọc và chờ nhận xe', [
    'Xác nhận ngày giao xe bằng văn bản và gọi cho khách mỗi tuần cho đến ngày giao.',
    'Chuẩn bị đăng ký, đăng kiểm, bảo hiểm và phụ kiện khách đã yêu cầu.',
    'Rửa xe, đổ đầy xăng để chụp ảnh lúc bàn giao.',
  ]),
  texts('Nhận chìa khóa', [
    'Hẹn lịch bảo dưỡng đầu tiên và gọi hỏi thăm sau 7 ngày: "Xe chạy thế nào anh/chị?"',
    'Bàn giao trực tiếp: hướng dẫn các nút điều khiển, kết nối điện thoại, chụp ảnh khách cùng xe.',
    'Nhờ khách giới thiệu bạn bè và viết đánh giá trên mạng khi khách đang vui.',
  ]),
  texts('Mua chỗ khác hoặc hoãn lại', [
    'Hỏi khách điều gì lẽ ra giúp mình bán được xe, và cảm ơn khách đã ghé.',
    'Ghi lý do: mua chỗ khác, giá, không được duyệt vay hay khách đổi ý.',
    'Đặt lịch liên hệ lại sau 90 ngày; nhiều khách quay lại khi hoàn cảnh thay đổi.',
  ]),
];

// ---------------------------------------------------------------- hospitality

const hospitalityEn: StageTexts[] = [
  texts('Looking for venues for a date and a group size', [
    'Reply within 1 hour, by phone first: date, number of guests, type of event, budget per head.',
    'Ask: "Who else will be deciding with you?"',
    'If the date is free, hold it provisionally for 7 days.',
  ]),
  texts('Shortlisting venues that fit date, size and budget', [
    'Invite the decision maker to see the venue: offer two time slots.',
    'The same day, send photos, floor plans and two sample packages that match the brief.',
    'Choose a time when a similar event is set up, so they can picture theirs.',
  ]),
  texts('Agreeing to come and see the venue', [
    'Confirm the visit by message the day before, with directions and parking.',
    'Tell the team who is coming; have the room set and the manager on hand.',
    "If the decision maker can't come, rebook: don't run the visit without them.",
  ]),
  texts('The decision maker sees the venue in person', [
    'Send the proposal within 24 hours of the visit.',
    'Moment of truth: the decision maker walks the venue. Start where their guests will arrive.',
    'Show the room set for their kind of event; offer a tasting or a drink.',
    'Before they leave, agree the package and the date you will send the proposal.',
  ]),
  texts('Comparing offers and checking the budget', [
    'Call 2 days later: "What would you change so it fits perfectly?"',
    'Send the proposal within 24 hours of the visit, with photos from their walk-through.',
    'Enter the total in "Value" and state in the proposal until when the date is held.',
  ]),
  texts('Signing and paying the deposit', [
    'Send the contract and the deposit invoice together; explain the cancellation terms plainly.',
    'Say up front that the held date is released if the deposit is not in by the agreed day.',
    'Put the deposit due date in "Follow-up date".',
  ]),
  texts('Booked and planning the event', [
    'Hand over to the events team with the brief, menu and floor plan.',
    'Introduce the coordinator to the client by email.',
    'Ask for a referral: "Who else do you know planning an event this year?"',
    'After the event, ask for a review and offer to hold a date for next year.',
  ]),
  texts('Chose another venue or cancelled', [
    "Release the held date and set a follow-up in 90 days (or 9 months before next year's event).",
    'Record the reason: price, date, capacity or chose another venue.',
  ]),
];

const hospitalityVi: StageTexts[] = [
  texts('Tìm địa điểm hợp ngày và số lượng khách', [
    'Phản hồi trong vòng 1 giờ, ưu tiên gọi điện: ngày, số khách, loại sự kiện, ngân sách mỗi khách.',
    'Hỏi: "Ngoài anh/chị, còn ai cùng quyết định không ạ?"',
    'Nếu ngày đó còn trống, giữ chỗ tạm cho khách trong 7 ngày.',
  ]),
  texts('Chọn ra vài địa điểm hợp ngày, quy mô và ngân sách', [
    'Mời người ra quyết định đến xem cơ sở: đưa ra hai khung giờ.',
    'Ngay trong ngày, gửi hình ảnh, sơ đồ sảnh và hai gói dịch vụ mẫu đúng với yêu cầu của khách.',
    'Chọn lúc đang bày trí một sự kiện tương tự để khách hình dung được sự kiện của mình.',
  ]),
  texts('Đồng ý đến xem tận nơi', [
    'Nhắn tin xác nhận lịch hẹn trước một ngày, kèm chỉ đường và chỗ đậu xe.',
    'Báo cho cả đội biết ai sẽ đến; sảnh phải bày sẵn và quản lý phải có mặt.',
    'Nếu người ra quyết định không đến được thì dời lịch; đừng dẫn đi xem khi thiếu họ.',
  ]),
  texts('Người ra quyết định tận mắt xem cơ sở', [
    'Gửi báo giá trong vòng 24 giờ sau buổi xem cơ sở.',
    'Khoảnh khắc chân lý: đưa người ra quyết định đến xem cơ sở. Bắt đầu từ lối khách mời của họ sẽ đi vào.',
    'Cho xem sảnh bày trí đúng kiểu sự kiện của họ; mời nếm thử món ăn hoặc mời nước.',
    'Trước khi khách về, thống nhất gói dịch vụ và ngày bên mình gửi báo giá.',
  ]),
  texts('So sánh các báo giá, cân đối ngân sách', [
    'Gọi lại sau 2 ngày: "Anh/chị muốn điều chỉnh gì để mọi thứ thật vừa ý ạ?"',
    'Gửi báo giá trong vòng 24 giờ sau buổi xem, kèm ảnh chụp lúc khách tham quan.',
    'Ghi tổng tiền vào cột "Giá trị" và ghi rõ trong báo giá ngày được giữ đến khi nào.',
  ]),
  texts('Ký hợp đồng và đặt cọc', [
    'Gửi hợp đồng cùng đề nghị đặt cọc; giải thích rõ ràng điều khoản hủy.',
    'Nói trước với khách: quá hạn mà chưa đặt cọc thì ngày giữ chỗ sẽ được mở lại cho khách khác.',
    'Ghi hạn đặt cọc vào cột "Ngày hẹn".',
  ]),
  texts('Đã đặt chỗ, lên kế hoạch sự kiện', [
    'Bàn giao cho bộ phận sự kiện kèm yêu cầu, thực đơn và sơ đồ sảnh.',
    'Giới thiệu người điều phối với khách qua email.',
    'Xin giới thiệu: "Anh/chị có biết ai sắp tổ chức sự kiện trong năm nay không?"',
    'Sau sự kiện, xin khách đánh giá và đề nghị giữ ngày cho năm sau.',
  ]),
  texts('Chọn nơi khác hoặc hủy sự kiện', [
    'Mở lại ngày đã giữ và đặt lịch liên hệ lại sau 90 ngày (hoặc 9 tháng trước sự kiện năm sau).',
    'Ghi lý do: giá, ngày, sức chứa, hay khách chọn nơi khác.',
  ]),
];

// ---------------------------------------------------------------- services

const servicesEn: StageTexts[] = [
  texts('Noticing a problem and searching for help', [
    'Reply within 1 hour and offer a 20-minute discovery call at two set times.',
    'Ask in the reply: "What would you like to be different in 6 months?"',
    'Look at their website and social pages before the call.',
  ]),
  texts('Checking whether you understand their business', [
    'Book the free assessment with the decision maker present.',
    'Listen 80% of the time. Ask: "What is this costing you each month?" and "Who else decides?"',
    'Qualify: a real problem, a budget, a decision within 3 months. If not, move to Not a fit.',
  ]),
  texts('Seeing their problem diagnosed in numbers', [
    'Send a short summary within 2 days: the 3 main problems, what each costs, what to fix first.',
    'Moment of truth: a senior consultant diagnoses their situation using their own figures.',
    'Walk them through it live and ask: "Would you like us to put a proposal together?"',
  ]),
  texts('Comparing proposals and prices', [
    'Book a meeting to go through the proposal together; never just email it and wait.',
    'Send the proposal with 2–3 options tied to the findings; enter the middle option in "Value".',
  ]),
  texts('Getting sign-off from partners or the board', [
    'Present to everyone who decides; answer concerns with results from similar clients.',
    'Ask: "What would need to be true for you to start next month?"',
    'Agree a decision date and put it in "Follow-up date".',
  ]),
  texts('Reading and signing the contract', [
    'Call if it is not signed within 3 days: "Is anything in the contract holding you up?"',
    'Send the contract and the first invoice together, with a proposed kick-off date.',
  ]),
  texts('Signed and starting the work', [
    'Hand over to the delivery team within 24 hours, with the findings and the proposal.',
    'Hold a kick-off meeting within a week.',
    'Ask for a referral after the first visible result.',
    'Book a review meeting at 90 days.',
  ]),
  texts('Chose a competitor or did it in-house', [
    'Send them the assessment summary as a goodwill gesture; set a follow-up in 90 days.',
    'Record the reason: price, timing, chose a competitor or did it in-house.',
  ]),
  texts('Not a buyer for this service', [
    'Recommend someone who can help them, and part on good terms.',
    'Record why: budget, size or outside what you offer.',
  ]),
];

const servicesVi: StageTexts[] = [
  texts('Nhận ra vấn đề và đi tìm người giúp', [
    'Phản hồi trong vòng 1 giờ, đề xuất một cuộc gọi tìm hiểu 20 phút vào hai khung giờ cụ thể.',
    'Hỏi ngay trong tin nhắn: "Sáu tháng nữa, anh/chị muốn điều gì thay đổi?"',
    'Xem trước trang web và trang mạng xã hội của khách trước khi gọi.',
  ]),
  texts('Xem bên tư vấn có hiểu việc kinh doanh của mình không', [
    'Hẹn buổi đánh giá miễn phí khi người ra quyết định có mặt.',
    'Dành 80% thời gian để lắng nghe. Hỏi: "Vấn đề này đang làm anh/chị tốn bao nhiêu mỗi tháng?" và "Còn ai cùng quyết định?"',
    'Sàng lọc: có vấn đề thật, có ngân sách, sẽ quyết định trong 3 tháng. Nếu không, chuyển sang "Không phù hợp".',
  ]),
  texts('Thấy vấn đề của mình được chẩn đoán bằng con số', [
    'Gửi bản tóm tắt trong vòng 2 ngày: 3 vấn đề chính, chi phí của từng vấn đề, việc cần làm trước.',
    'Khoảnh khắc chân lý: chuyên gia nhiều kinh nghiệm chẩn đoán tình hình của khách bằng chính số liệu của họ.',
    'Trình bày trực tiếp với khách rồi hỏi: "Anh/chị có muốn bên em gửi đề xuất không?"',
  ]),
  texts('So sánh các đề xuất và mức giá', [
    'Hẹn một buổi họp để cùng khách xem đề xuất; đừng chỉ gửi email rồi ngồi chờ.',
    'Gửi đề xuất với 2–3 phương án gắn với kết quả đánh giá; ghi phương án ở giữa vào cột "Giá trị".',
  ]),
  texts('Xin ý kiến đối tác hoặc ban giám đốc', [
    'Trình bày cho tất cả những người quyết định; trả lời băn khoăn bằng kết quả của khách tương tự.',
    'Hỏi: "Cần điều gì để anh/chị có thể bắt đầu ngay tháng sau?"',
    'Thống nhất ngày quyết định và ghi vào cột "Ngày hẹn".',
  ]),
  texts('Đọc và ký hợp đồng', [
    'Gọi nếu sau 3 ngày khách chưa ký: "Trong hợp đồng có điểm nào anh/chị còn vướng không ạ?"',
    'Gửi hợp đồng cùng hóa đơn đợt đầu, kèm ngày dự kiến khởi động dự án.',
  ]),
  texts('Ký hợp đồng và bắt đầu làm việc', [
    'Bàn giao cho đội triển khai trong vòng 24 giờ, kèm kết quả đánh giá và đề xuất.',
    'Họp khởi động trong vòng một tuần.',
    'Nhờ khách giới thiệu sau khi có kết quả đầu tiên thấy rõ.',
    'Hẹn buổi đánh giá lại sau 90 ngày.',
  ]),
  texts('Chọn đối thủ hoặc tự làm nội bộ', [
    'Gửi tặng khách bản tóm tắt kết quả đánh giá để giữ thiện cảm; đặt lịch liên hệ lại sau 90 ngày.',
    'Ghi lý do: giá, thời điểm, chọn đối thủ, hay tự làm nội bộ.',
  ]),
  texts('Không phải khách của dịch vụ này', [
    'Giới thiệu khách sang đơn vị có thể giúp họ và giữ quan hệ tốt.',
    'Ghi lý do: ngân sách, quy mô, hay nằm ngoài phạm vi dịch vụ.',
  ]),
];

/** Each template's stage texts, stage by stage in template-stages.ts's order. */
export const templateTexts: Record<TemplateId, Record<Locale, readonly StageTexts[]>> = {
  b2b: { en: b2bEn, vi: b2bVi },
  'car-dealer': { en: carEn, vi: carVi },
  hospitality: { en: hospitalityEn, vi: hospitalityVi },
  services: { en: servicesEn, vi: servicesVi },
};
