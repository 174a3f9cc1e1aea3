// The Vietnamese sidebar: every view speaks Vietnamese, with no English UI string left over.
import { catalogues } from '../../sidebar/i18n';
import { checkVi, historyVi, selectionVi, selectionViMany, setupVi, stateEn, stateVi, summaryVi } from './fixtures';
import { useSidebar, type Replies, type Sidebar } from './harness';

const sidebar = useSidebar();

const replies: Replies = {
  getSidebarState: { value: stateVi },
  getSelection: { value: selectionVi },
  getProspectHistory: { value: historyVi },
  getPipelineSummary: { value: summaryVi },
  getSetup: { value: setupVi },
  checkStages: { value: checkVi },
};

/** Everything a user can see or hear: the text and the accessible names, labels and titles. */
function shownText(s: Sidebar): Promise<string> {
  return s.page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder], optgroup[label]')].flatMap((element) =>
      ['aria-label', 'title', 'placeholder', 'label'].map((name) => element.getAttribute(name) ?? ''),
    );
    const options = [...document.querySelectorAll('option')].map((option) => option.textContent ?? '');
    return [document.body.innerText, ...attributes, ...options].join('\n');
  });
}

/** The fixed parts of an English message (placeholders cut out) long enough to be telling. */
const englishFragments = Object.entries(catalogues.en)
  .filter(([key, text]) => catalogues.vi[key as keyof typeof catalogues.vi] !== text)
  .flatMap(([, text]) => text.split(/\{\w+\}/))
  .map((fragment) => fragment.replace(/^[\s(:.,“”→▼·]+|[\s(:.,“”→▼·]+$/g, ''))
  .filter((fragment) => fragment.length >= 4);

const knownEnglish = [
  'Prospect',
  'Pipeline',
  'Setup',
  'Check',
  'Advance',
  'Move to',
  'Won',
  'Lost',
  'Playbook',
  'Owner',
  'days',
  'Save',
  'Go to row',
  'Moment of truth',
  'Win rate',
  'Funnel',
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function englishIn(s: Sidebar): Promise<string[]> {
  const text = await shownText(s);
  return [
    ...knownEnglish.filter((word) => new RegExp(`\\b${word}\\b`).test(text)),
    ...englishFragments.filter((fragment) => new RegExp(`(?<!\\p{L})${escape(fragment)}(?!\\p{L})`, 'u').test(text)),
  ];
}

async function expectNoEnglish(s: Sidebar): Promise<void> {
  expect(await englishIn(s)).toEqual([]);
}

describe('the Vietnamese sidebar', () => {
  it('would notice English: the same check finds it on the English sidebar', async () => {
    const s = await sidebar.open({ ...replies, getSidebarState: { value: stateEn } });
    await s.page.getByRole('heading', { name: 'Công ty Hoàng Gia' }).waitFor();
    expect(await englishIn(s)).toEqual(expect.arrayContaining(['Prospect', 'Pipeline', 'Won', 'Lost', 'Move to', 'In this stage', 'Recent history']));
  });

  it('shows the Prospect view in Vietnamese, with the article’s words', async () => {
    const s = await sidebar.open(replies);
    await s.page.getByRole('heading', { name: 'Công ty Hoàng Gia' }).waitFor();
    await s.page.locator('.history-list li').first().waitFor();
    expect(await s.page.getByRole('tab').allInnerTexts()).toEqual(['Hôm nay', 'Khách hàng', 'Kênh bán hàng', 'Thiết lập', 'Kiểm tra']);
    expect(await s.page.locator('.facts').innerText()).toContain('20 ngày');
    expect(await s.page.locator('.stepper').textContent()).toContain('Khoảnh khắc chân lý');
    await s.page.getByRole('button', { name: 'Đánh dấu thất bại' }).click();
    await s.page.locator('form').getByRole('button', { name: 'Đánh dấu thất bại' }).click();
    await s.page.getByText('Hãy nhập lý do trước khi đánh dấu thất bại.').waitFor();
    await expectNoEnglish(s);
    expect(s.errors).toEqual([]);
  });

  it('shows several selected prospects in Vietnamese', async () => {
    const s = await sidebar.open({ ...replies, getSelection: { value: selectionViMany } });
    await s.page.getByRole('heading', { name: 'Đã chọn 2 khách hàng tiềm năng' }).waitFor();
    await expectNoEnglish(s);
  });

  it('shows the Pipeline view in Vietnamese, percentages formatted the Vietnamese way', async () => {
    const s = await sidebar.open(replies);
    await s.tab('Kênh bán hàng');
    await s.page.locator('svg.funnel').waitFor();
    expect(await s.page.locator('.tile', { hasText: 'Tiềm năng → bán hàng' }).innerText()).toContain('12,5%');
    expect(await s.page.locator('svg.funnel text').allTextContents()).toContain('▼ giảm 60%');
    await expectNoEnglish(s);
  });

  it('shows the Setup view in Vietnamese, Vietnamese templates first', async () => {
    const s = await sidebar.open(replies);
    await s.tab('Thiết lập');
    await s.page.locator('.stage-card summary').first().click();
    const groups = await s.page.locator('optgroup').evaluateAll((all) => all.map((group) => group.getAttribute('label')));
    expect(groups).toEqual(['Tiếng Việt', 'Tiếng Anh']);
    // Validation messages too.
    await s.page.locator('.stage-card').first().getByRole('textbox', { name: 'Tên giai đoạn' }).fill('');
    await s.page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await s.page.getByText('Giai đoạn 1 cần có tên.').first().waitFor();
    // The English template's own content is data, not UI: leave the picker on the Vietnamese one.
    await expectNoEnglish(s);
  });

  it('shows the Check view in Vietnamese', async () => {
    const s = await sidebar.open(replies);
    await s.tab('Kiểm tra');
    await s.page.getByRole('button', { name: 'Dòng 9: thay “Da lien he” bằng “Đã liên hệ”' }).waitFor();
    expect(await s.page.getByRole('heading', { name: 'Lỗi giai đoạn: 1' }).isVisible()).toBe(true);
    await expectNoEnglish(s);
  });
});
