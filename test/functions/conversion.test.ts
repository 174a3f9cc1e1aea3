import { call, callWithSaved, column } from './helpers';

// Default pipeline: Lead, Contacted, Qualified, Meeting, Proposal, Won (won), Lost (lost).
// Reached by index: Lead 9, Contacted 6, Qualified 5, Meeting 4, Proposal 3, Won 2.
const stages = column('Lead', 'Lead', 'Contacted', 'Qualified', 'Proposal', 'Won', 'Won', 'Lost', 'Meeting');

describe('CONVERSION', () => {
  it('is the lead-to-sale rate by default', () => {
    expect(call('CONVERSION', stages)).toBeCloseTo(2 / 9, 12);
  });

  it('measures from the moment of truth to the sale', () => {
    expect(call('CONVERSION', stages, 'Meeting')).toBe(2 / 4);
  });

  it('counts skipped stages as passed', () => {
    expect(call('CONVERSION', stages, 'Qualified', 'Meeting')).toBe(4 / 5);
  });

  it('treats a skipped middle argument as the default', () => {
    expect(call('CONVERSION', stages, '', 'Proposal')).toBe(3 / 9);
    expect(call('CONVERSION', stages, undefined, 'Proposal')).toBe(3 / 9);
  });

  it('skips a header row and the blank rows of a whole column', () => {
    const whole = [['Stage'], ...stages, ...Array.from({ length: 1000 }, () => [''])];
    expect(call('CONVERSION', whole)).toBeCloseTo(2 / 9, 12);
  });

  it('matches names typed in another case, with stray spaces, dashes or decomposed accents', () => {
    const pipeline = column('Tiếp cận', 'Lái thử', 'Thành công', 'Thất bại');
    const prospects = column(' tiếp   cận', 'LÁI-THỬ'.normalize('NFD'), 'thành_công', 'Thất bại'.normalize('NFD'));
    expect(call('CONVERSION', prospects, 'Lái thử', '', pipeline)).toBe(1 / 2);
    expect(call('CONVERSION', prospects, '', '', pipeline)).toBe(1 / 4);
  });

  it('reads a two-column range of stage and status', () => {
    // Meeting+won reaches Won; Proposal+lost stays at Proposal; Lead+open stays at Lead.
    const rows = [
      ['Meeting', 'Won'],
      ['Proposal', 'lost'],
      ['Lead', 'open'],
      ['Lead', ''],
    ];
    expect(call('CONVERSION', rows)).toBe(1 / 4);
    expect(call('CONVERSION', rows, 'Proposal')).toBe(1 / 2);
  });

  it('reads the saved pipeline when the argument is left out', () => {
    const saved = [
      ['Stage', 'Kind'],
      ['Enquiry', 'stage'],
      ['Site visit', 'stage'],
      ['Booked', 'won'],
    ];
    expect(callWithSaved(saved, 'CONVERSION', column('Enquiry', 'Site visit', 'Booked', 'Booked'), 'Site visit')).toBe(2 / 3);
  });

  it('accepts a single cell as the prospects range', () => {
    expect(call('CONVERSION', 'Won')).toBe(1);
  });

  it.each([
    [['Qualifed'], /from_stage: "Qualifed" is not a stage of the pipeline. Did you mean "Qualified"\?/],
    [['Lost'], /"Lost" is a lost stage/],
    [['Won', 'Lead'], /from_stage "Won" comes after to_stage "Lead"/],
    [[3], /from_stage: 3 is not a stage name/],
  ])('refuses stage arguments %p with a message that says what to do', (args, message) => {
    expect(() => call('CONVERSION', stages, ...args)).toThrow(message);
  });

  it('refuses when no prospect reached the from stage', () => {
    expect(() => call('CONVERSION', column('Lead', 'Lead'), 'Meeting')).toThrow(/No prospect has reached "Meeting"/);
  });

  it('names the row, the value and the closest stage of a typo, and points to STAGECHECK', () => {
    expect(() => call('CONVERSION', column('Stage', 'Lead', 'Propsal'))).toThrow(
      'Row 3: "Propsal" is not a stage of the pipeline. Did you mean "Proposal"? Run =STAGECHECK() on the same range to list every problem.',
    );
  });

  it.each([
    [column('Lead', 3), /Row 2: 3 is a number, not a stage name/],
    [column('Lead', new Date(Date.UTC(2026, 0, 5))), /Row 2: the date 2026-01-05 is a date/],
    [column('#N/A'), /Row 1: "#N\/A" is an error value/],
    [column(true), /Row 1: TRUE is a checkbox value/],
    [[['Lead', 'maybe']], /Row 1: The status "maybe" is not one of open, won, lost/],
    [[['', 'won']], /Row 1: The row has the status "won" but no stage/],
    [[['Won', 'lost']], /Row 1: The won stage "Won" has the status "lost"/],
    [[['Lost', 'won']], /Row 1: The lost stage "Lost" has the status "won"/],
    [[['Lead', 'won', 'x']], /prospects range has 3 columns/],
  ])('never silently skips a row that makes no sense (%#)', (rows, message) => {
    expect(() => call('CONVERSION', rows)).toThrow(message);
  });

  it('asks for the prospects argument when it is missing', () => {
    expect(() => call('CONVERSION')).toThrow('CONVERSION needs the prospects argument, e.g. =CONVERSION(C2:C).');
  });
});
