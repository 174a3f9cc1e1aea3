// The page's own labels (the spreadsheet around the add-on), in English and Vietnamese.

const en = {
  extensions: 'Extensions',
  sheets: 'Sheets',
  closeSidebar: 'Close sidebar',
  ok: 'OK',
  problem: 'There was a problem',
  invalid: 'Invalid: input must be an item on the specified list',
  options: 'Options for {cell}',
  editCell: 'Edit cell {cell}',
  openDropdown: 'Open the list of {cell}',
  nameBox: 'Selected range',
  formula: 'Cell content',
  noData: 'No data',
  offline: 'The preview server stopped. Start it again with npm start, then reload.',
  sidebarClosed: 'The sidebar is closed: open it from Extensions.',
  // Data entry: find, undo, paste
  find: 'Find in sheet',
  findClose: 'Close find',
  noMatch: 'No cell holds “{query}”.',
  foundBelow: 'Found in {cell}, below the rows drawn here (the preview draws the first {rows}).',
  nothingToUndo: 'There is nothing to undo.',
  importNotes: 'Opening the file',
  close: 'Close',
};

type Key = keyof typeof en;

const vi: Record<Key, string> = {
  extensions: 'Tiện ích mở rộng',
  sheets: 'Trang tính',
  closeSidebar: 'Đóng thanh bên',
  ok: 'OK',
  problem: 'Đã xảy ra lỗi',
  invalid: 'Không hợp lệ: giá trị nhập phải là một mục trong danh sách đã chỉ định',
  options: 'Các lựa chọn cho {cell}',
  editCell: 'Sửa ô {cell}',
  openDropdown: 'Mở danh sách của {cell}',
  nameBox: 'Dải ô đang chọn',
  formula: 'Nội dung ô',
  noData: 'Không có dữ liệu',
  offline: 'Máy chủ xem trước đã dừng. Hãy chạy lại npm start rồi tải lại trang.',
  sidebarClosed: 'Thanh bên đang đóng: hãy mở lại từ Tiện ích mở rộng.',
  // Data entry: find, undo, paste
  find: 'Tìm trong trang tính',
  findClose: 'Đóng tìm kiếm',
  noMatch: 'Không ô nào chứa “{query}”.',
  foundBelow: 'Tìm thấy ở {cell}, dưới các hàng đang hiển thị (bản xem trước chỉ vẽ {rows} hàng đầu).',
  nothingToUndo: 'Không có gì để hoàn tác.',
  importNotes: 'Mở tệp',
  close: 'Đóng',
};

let strings: Record<Key, string> = en;

export function setPageLocale(locale: string): void {
  strings = locale === 'vi' ? vi : en;
}

export function t(key: Key, params: Record<string, string> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
}
