import { describe, expect, it } from 'vitest';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/national-rule-set';
import { studyLedger } from '../../../../shared/study/study-ledger';
import { studyReminders } from '../../../../shared/study/study-reminders';
import { attendanceOf, branchRecord, meetingRecord } from '../support/meeting-fixture';
import { memberRecord } from '../support/member-fixture';

const rules = NATIONAL_RULE_SET.rules;
const branch = branchRecord('2026-01-01');
const members = ['艾', '白', '陈', '邓'].map((name) => memberRecord({ stage: 'full', name }));

function remindersOn(today: string, meetings = [meetingRecord('partyLecture', today, { attendance: attendanceOf({ [members[0]!.id]: 'present' }) })]) {
  const ledger = studyLedger({ branch, members, notebooks: [], meetings, year: Number(today.slice(0, 4)), today, rules });
  return studyReminders({ ledger, meetings, rules: rules.study, today });
}

describe('studyReminders', () => {
  it('says when the month’s collective study has not been held', () => {
    const none = remindersOn('2026-01-15', []);
    expect(none).toEqual([{ code: 'STUDY_NOT_HELD', severity: 'info', message: '本月尚未组织集中学习（党课或主题党日），截至 2026-01-31。' }]);
    expect(remindersOn('2026-01-15')).toEqual([]);
  });

  it('does not count a committee meeting, a deleted lecture, or one later this month', () => {
    const meetings = [
      meetingRecord('committeeMeeting', '2026-01-10'),
      meetingRecord('partyLecture', '2026-01-11', { deleted: true }),
      meetingRecord('themedPartyDay', '2026-01-28'),
      meetingRecord('partyLecture', '2025-12-31'),
    ];
    expect(remindersOn('2026-01-15', meetings).map((reminder) => reminder.code)).toEqual(['STUDY_NOT_HELD']);
  });

  it('names the members behind pace, three at most', () => {
    expect(remindersOn('2026-06-30')).toEqual([
      { code: 'STUDY_BEHIND', severity: 'warning', message: '4人学时进度落后：艾（1.5/32 学时）、白（0/32 学时）、陈（0/32 学时）等。' },
    ]);
  });
});
