import { describe, expect, it } from 'vitest';
import { indexMeetings } from '../../../../shared/meetings/compliance';
import { meetingReminders } from '../../../../shared/meetings/meeting-reminders';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { memberRecord } from '../support/member-fixture';
import { attendanceOf, branchRecord, meetingRecord } from '../support/meeting-fixture';

const rules = NATIONAL_RULE_SET.rules.meetings;
const member = memberRecord({ name: '张三', stage: 'full' });

function reminders(meetings: ReturnType<typeof meetingRecord>[], today: string, since = '2026-01-01') {
  return meetingReminders({ branch: branchRecord(since), members: [member], index: indexMeetings(meetings), rules, inactiveMonths: 3, today });
}

describe('首页 reminders for 三会一课', () => {
  it('lists what the current period still needs, and what the previous period missed', () => {
    const messages = reminders([meetingRecord('committeeMeeting', '2026-04-03')], '2026-05-10').map((item) => item.message);
    expect(messages).toContain('本月尚未召开支部委员会（截至 2026-05-31）。');
    expect(messages).toContain('本季度尚未召开支部党员大会（截至 2026-06-30）。');
    expect(messages).toContain('2026年第一季度未召开支部党员大会，请尽快补开并在记录中注明补开期次。');
    // April's 支委会 was held: the previous month is not reported.
    expect(messages.some((message) => message.startsWith('2026年4月未召开支部委员会'))).toBe(false);
    // Yearly meetings are a to-do only from their usual quarter.
    expect(messages.some((message) => message.includes('组织生活会'))).toBe(false);
    expect(reminders([], '2026-10-08').map((item) => item.message)).toContain('本年度尚未召开组织生活会（截至 2026-12-31）。');
  });

  it('leaves 谈心谈话 to the talks’ own coverage reminder (shared/talks): no meeting is asked for', () => {
    const messages = reminders([], '2027-02-10', '2026-01-01').map((item) => item.message);
    // Last year's other yearly meetings are still reported missed; 谈心谈话 is not.
    expect(messages.some((message) => message.includes('未召开民主评议党员'))).toBe(true);
    expect(messages.some((message) => message.includes('谈心谈话'))).toBe(false);
  });

  it('names each party group’s missed meeting once, whether or not its name ends in 党小组', () => {
    const branch = branchRecord('2026-01-01', {
      partyGroups: [
        { id: 'g1', name: '第一党小组', leaderId: '' },
        { id: 'g2', name: '心内一组', leaderId: '' },
      ],
    });
    const messages = meetingReminders({ branch, members: [member], index: indexMeetings([]), rules, inactiveMonths: 3, today: '2026-05-10' }).map((item) => item.message);
    expect(messages).toContain('2026年4月未召开第一党小组会，请尽快补开并在记录中注明补开期次。');
    expect(messages).toContain('2026年4月未召开心内一组党小组会，请尽快补开并在记录中注明补开期次。');
    expect(messages.some((message) => message.includes('党小组党小组会'))).toBe(false);
  });

  it('says nothing missed before the ledger began', () => {
    const messages = reminders([], '2026-05-10', '2026-05-01').map((item) => item.message);
    expect(messages.filter((message) => message.includes('未召开') && !message.startsWith('本'))).toEqual([]);
  });

  it('counts people owing a make-up, flags members without organisational life, and a silent branch', () => {
    const meetings = [
      meetingRecord('themedPartyDay', '2026-01-20', { attendance: attendanceOf({ [member.id]: 'absent', other: 'leave' }) }),
    ];
    const items = reminders(meetings, '2026-05-10');
    expect(items.find((item) => item.code === 'MAKE_UPS_OWED')?.message).toBe('2人未补课：缺席或请假的党员须补课。');
    expect(items.find((item) => item.code === 'NO_ORG_LIFE')?.message).toBe('张三已连续 4 个月未参加组织生活，请及时联系、安排补课。');
    expect(items.find((item) => item.code === 'SILENT_BRANCH')?.message).toBe('已连续 110 天没有会议记录（满 30 天即提示）。');
  });

  describe('the silent-branch flag and its message follow the rule in the rule set', () => {
    const silentMessage = (today: string, meetings = [meetingRecord('committeeMeeting', '2026-04-10')], rule = rules) =>
      meetingReminders({ branch: branchRecord('2026-01-01'), members: [member], index: indexMeetings(meetings), rules: rule, inactiveMonths: 3, today }).find((item) => item.code === 'SILENT_BRANCH')?.message;

    it('flags on the rule’s day, not the day after, and says so', () => {
      expect(rules.silentBranchDays.description).toBe('连续 30 天没有任何活动记录的支部予以提示。');
      expect(silentMessage('2026-05-09')).toBeUndefined();
      expect(silentMessage('2026-05-10')).toBe('已连续 30 天没有会议记录（满 30 天即提示）。');
    });

    it('a branch with no meeting at all, from the day its ledger began', () => {
      expect(silentMessage('2026-01-30', [])).toBeUndefined();
      expect(silentMessage('2026-01-31', [])).toBe('建立台账以来已满 30 天没有任何会议记录。');
    });

    it('takes the number the central office set', () => {
      const local = { ...rules, silentBranchDays: { ...rules.silentBranchDays, value: 45 } };
      expect(silentMessage('2026-05-24', undefined, local)).toBeUndefined();
      expect(silentMessage('2026-05-25', undefined, local)).toBe('已连续 45 天没有会议记录（满 45 天即提示）。');
    });
  });
});
