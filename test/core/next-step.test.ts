// What the sidebar offers after a move: the stage's follow-up default and its playbook's first line.
import { defaultFollowUp, suggestedNextStep } from '../../src/core/next-step';

describe('the next step offered after a move', () => {
  it('dates the follow-up today + the stage’s days, in the spreadsheet’s zone, or leaves it blank', () => {
    // 20:00 UTC on June 1 is already June 2 in Ho Chi Minh City.
    const now = new Date('2025-06-01T20:00:00Z');
    expect(defaultFollowUp({ followUpDays: 2 }, now, 'Asia/Ho_Chi_Minh')).toBe('2025-06-04');
    expect(defaultFollowUp({ followUpDays: 0 }, now, 'America/New_York')).toBe('2025-06-01');
    expect(defaultFollowUp({ followUpDays: null }, now, 'Asia/Ho_Chi_Minh')).toBe('');
    expect(defaultFollowUp(undefined, now, 'Asia/Ho_Chi_Minh')).toBe('');
  });

  it('suggests the playbook’s first line that says something, without its list mark', () => {
    expect(suggestedNextStep({ playbook: '\n  - Call within 1 hour.\nThen send the brochure.' })).toBe('Call within 1 hour.');
    expect(suggestedNextStep({ playbook: '1. Gọi lại trong 1 giờ' })).toBe('Gọi lại trong 1 giờ');
    expect(suggestedNextStep({ playbook: '' })).toBe('');
  });
});
