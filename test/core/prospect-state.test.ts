import { defaultPipeline } from '../../src/core/pipeline';
import { daysInStage, isStalled, nextStage } from '../../src/core/prospect-state';

const now = new Date('2025-03-20T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86400000);
const pipeline = defaultPipeline();
const stage = (name: string) => pipeline.byKey.get(name.toLowerCase())!;

describe('daysInStage', () => {
  it('counts whole days from the Stage since date', () => {
    expect(daysInStage(daysAgo(3.5), undefined, 'Lead', now)).toBe(3);
  });

  it('falls back on the newest log entry when the Stage since cell holds no date', () => {
    expect(daysInStage('', { stage: 'lead', when: daysAgo(5) }, 'Lead', now)).toBe(5);
  });

  it('prefers the Stage since date over the log', () => {
    expect(daysInStage(daysAgo(2), { stage: 'Lead', when: daysAgo(9) }, 'Lead', now)).toBe(2);
  });

  it('ignores a log entry into another stage (the cell was edited by hand since)', () => {
    expect(daysInStage(undefined, { stage: 'Contacted', when: daysAgo(5) }, 'Lead', now)).toBeNull();
  });

  it('is unknown without a date and without a log entry', () => {
    expect(daysInStage('soon', undefined, 'Lead', now)).toBeNull();
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
