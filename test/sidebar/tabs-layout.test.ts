// The tab strip in the 300 px sidebar: no tab label is cut off, in English or Vietnamese (issue 9, item 11).
import type { TodayView } from '../../src/server/api';
import { selectionVi, setupVi, stateEn, stateVi, summaryVi } from './fixtures';
import { useSidebar, type Sidebar } from './harness';

const sidebar = useSidebar();

/**
 * Each tab's label, and how far its text runs past the tab's padding (0 when it fits): text clipped by the button or
 * squeezed against the sidebar's edge reads as cut off.
 */
function overflow(s: Sidebar) {
  return s.page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[role="tab"]')].map((tab) => {
      const box = tab.getBoundingClientRect();
      const style = getComputedStyle(tab);
      const left = box.left + parseFloat(style.paddingLeft);
      const right = box.right - parseFloat(style.paddingRight);
      const range = document.createRange();
      range.selectNodeContents(tab);
      const lines = [...range.getClientRects()];
      const past = Math.max(
        0,
        tab.scrollWidth - tab.clientWidth,
        ...lines.map((line) => Math.max(left - line.left, line.right - right, box.top - line.top, line.bottom - box.bottom)),
      );
      const textRight = Math.max(...lines.map((line) => line.right));
      return { label: tab.textContent ?? '', past: Math.round(past * 10) / 10, right: Math.round(box.right), textRight };
    }),
  );
}

const EN = ['Today', 'Prospect', 'Pipeline', 'Setup', 'Check'];
const VI = ['Hôm nay', 'Khách hàng', 'Kênh bán hàng', 'Thiết lập', 'Kiểm tra'];

/** What Today answers: nothing due, or 12 due (its tab then carries the count, the widest strip there is). */
const todayOf = (due: number): TodayView => ({
  today: '2025-03-12',
  me: null,
  mePicked: false,
  everyone: true,
  owners: [],
  counts: { overdue: due, due: 0, stalled: 0, noNextStep: 0 },
  mineCounts: { overdue: 0, due: 0, stalled: 0, noNextStep: 0 },
  items: [],
  columns: { nextStep: true, followUp: true, owner: true, phone: true },
  unreadableDates: 0,
});

// 300 px is the sidebar; a long view shows Sheets' scroll bar inside it, leaving about 283 px to the page.
describe.each([
  ['English', 300, '', stateEn, EN],
  ['Vietnamese', 300, '', stateVi, VI],
  ['English', 283, '', stateEn, EN],
  ['Vietnamese', 283, '', stateVi, VI],
  ['English', 283, 'DejaVu Sans', stateEn, EN],
  ['Vietnamese', 283, 'DejaVu Sans', stateVi, VI],
  ['English', 283, 'DejaVu Sans', stateEn, EN, 12],
  ['Vietnamese', 283, 'DejaVu Sans', stateVi, VI, 12],
])('the %s tab strip, %i px wide (font: %s, %s due)', (_language, width, font, state, labels, due = 0) => {
  it('shows every label whole inside the sidebar', async () => {
    const s = await sidebar.open({
      getSidebarState: { value: state },
      getSelection: { value: selectionVi },
      getPipelineSummary: { value: summaryVi },
      getSetup: { value: setupVi },
      checkStages: { value: { sheet: 'Leads', problems: [] } },
      getToday: { value: todayOf(due) },
    });
    await s.page.setViewportSize({ width, height: 800 });
    // A machine without Arial falls back to a wider sans (DejaVu Sans on Linux): the labels must still fit.
    if (font) await s.page.addStyleTag({ content: `.tab { font-family: "${font}" !important; }` });
    await s.page.getByRole('tab', { name: labels[4] }).waitFor();
    if (due) await s.page.locator('.tab-count').waitFor();
    const tabs = await overflow(s);
    expect(tabs.map((tab) => tab.label)).toEqual(due ? [labels[0] + String(due), ...labels.slice(1)] : labels);
    expect(tabs.filter((tab) => tab.past > 0.5)).toEqual([]);
    expect(Math.max(...tabs.map((tab) => tab.right))).toBeLessThanOrEqual(width);
    // The last label keeps clear of the sidebar's edge: text touching it reads as cut off.
    expect(tabs[tabs.length - 1].textRight).toBeLessThanOrEqual(width - 6);
  });
});
