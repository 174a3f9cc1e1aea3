import { defaultPipeline } from '../../src/core/pipeline';
import { daysInStage, isStalled, nextStage } from '../../src/core/prospect-state';
import { dayClock } from '../../src/core/calendar';

const now = new Date('2025-03-20T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86400000);
const pipeline = defaultPipeline();
const saigon = dayClock('Asia/Ho_Chi_Minh');
const stage = (name: string) => pipeline.byKey.get(name.toLowerCase())!;

describe('daysInStage', () => {
  it('counts whole days from the Stage since date', () => {
    expect(daysInStage(daysAgo(3.5), undefined, 'Lead', now, saigon)).toBe(3);
  });

  it('falls back on the newest log entry when the Stage since cell holds no date', () => {
    expect(daysInStage('', { stage: 'lead', when: daysAgo(5) }, 'Lead', now, saigon)).toBe(5);
  });

  it('prefers the Stage since date over the log', () => {
    expect(daysInStage(daysAgo(2), { stage: 'Lead', when: daysAgo(9) }, 'Lead', now, saigon)).toBe(2);
  });

  it('ignores a log entry into another stage (the cell was edited by hand since)', () => {
    expect(daysInStage(undefined, { stage: 'Contacted', when: daysAgo(5) }, 'Lead', now, saigon)).toBeNull();
  });

  // Dates are read in the spreadsheet's time zone (addon.md, Safety and data): a user counts calendar days.
  it('counts calendar days in the spreadsheet time zone, not 24-hour spans', () => {
    const lateYesterday = new Date('2025-03-19T16:00:00Z'); // 23:00 on 19 March in Saigon
    const earlyToday = new Date('2025-03-19T18:30:00Z'); // 01:30 on 20 March in Saigon
    expect(daysInStage(lateYesterday, undefined, 'Lead', earlyToday, saigon)).toBe(1);
    // The same instants are one calendar day (19 March) in London: 0 days.
    expect(daysInStage(lateYesterday, undefined, 'Lead', earlyToday, dayClock('Europe/London'))).toBe(0);
    // A date typed into the sheet is midnight in the zone: 3 days before today's date, whatever the hour now.
    const typed = saigon.dayStart(saigon.dayOf(now) - 3);
    expect(daysInStage(typed, undefined, 'Lead', new Date(saigon.dayStart(saigon.dayOf(now)).getTime() + 60_000), saigon)).toBe(3);
  });

  it('is unknown without a date and without a log entry', () => {
    expect(daysInStage('soon', undefined, 'Lead', now, saigon)).toBeNull();
  });
});

describe('isStalled', () => {
  it('stalls an open prospect in an ordinary stage longer than its limit', () => {
    expect(isStalled(stage('Meeting'), 'open', 8, 7)).toBe(true);
    expect(isStalled(stage('Meeting'), 'open', 7, 7)).toBe(false);
  });

  it('stalls after a limit of 0 days as soon as a whole day has passed', () => {
    expect(isStalled(stage('Lead'), 'open', 1, 0)).toBe(true);
    expect(isStalled(stage('Lead'), 'open', 0, 0)).toBe(false);
  });

  it('never stalls a lost or won prospect, even one still at an ordinary stage', () => {
    expect(isStalled(stage('Meeting'), 'lost', 90, 7)).toBe(false);
    expect(isStalled(stage('Meeting'), 'won', 90, 7)).toBe(false);
    expect(isStalled(stage('Lost'), 'lost', 90, 7)).toBe(false);
    expect(isStalled(stage('Won'), 'won', 90, 7)).toBe(false);
  });

  it('never stalls without a limit, without known days or at an unknown stage', () => {
    expect(isStalled(stage('Meeting'), 'open', 90, null)).toBe(false);
    expect(isStalled(stage('Meeting'), 'open', null, 7)).toBe(false);
    expect(isStalled(undefined, 'open', 90, 7)).toBe(false);
  });
});

describe('nextStage', () => {
  it('advances to the next ordinary stage, and from the last one to the won stage', () => {
    expect(nextStage(pipeline, stage('Lead'))?.name).toBe('Contacted');
    expect(nextStage(pipeline, stage('Proposal'))?.name).toBe('Won');
  });

  it('has nowhere to go from the won stage, a lost stage or an unknown stage', () => {
    expect(nextStage(pipeline, stage('Won'))).toBeUndefined();
    expect(nextStage(pipeline, stage('Lost'))).toBeUndefined();
    expect(nextStage(pipeline, undefined)).toBeUndefined();
  });
});
