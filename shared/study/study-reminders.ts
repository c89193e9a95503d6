import type { Warning } from '../branch/branch-warnings';
import { MEETING_TYPE_LABELS, type MeetingRecord } from '../meetings/meeting-types';
import { rulePeriodsCovering } from '../meetings/compliance';
import { CURRENT_PERIOD_WORDS, periodOf } from '../meetings/periods';
import type { StudyRules } from '../rules/rule-types';
import type { StudyLedger } from './study-ledger';
import { formatHours } from './study-ledger';

export interface StudyReminder extends Warning {
  code: 'STUDY_NOT_HELD' | 'STUDY_BEHIND';
}

/** At most this many names in one line of 首页; the ledger lists them all. */
const NAMES_SHOWN = 3;

/**
 * What 首页 says about study: the period's collective study not yet held (the rule's
 * frequency, counting only meeting types that credit hours, held by today), and the
 * members behind the year-to-date pace.
 */
export function studyReminders(input: { ledger: StudyLedger; meetings: readonly MeetingRecord[]; rules: StudyRules; today: string }): StudyReminder[] {
  const { ledger, meetings, rules, today } = input;
  const reminders: StudyReminder[] = [];
  const { period, times } = rulePeriodsCovering(rules.collectiveStudy, periodOf('month', today))[0]!;
  const per = period.kind;
  const types = new Set<string>(rules.creditedMeetingTypes.value);
  const held = meetings.filter((meeting) => {
    const date = meeting.startAt.slice(0, 10);
    return !meeting.deleted && types.has(meeting.type) && date >= period.start && date <= today;
  }).length;
  if (held < times) {
    const kinds = rules.creditedMeetingTypes.value.map((type) => MEETING_TYPE_LABELS[type]).join('或');
    const count = times > 1 ? `（已 ${held} 次，应 ${times} 次）` : '';
    reminders.push({
      code: 'STUDY_NOT_HELD',
      severity: 'info',
      message: `${CURRENT_PERIOD_WORDS[per]}尚未组织集中学习（${kinds}）${count}，截至 ${period.end}。`,
    });
  }
  const behind = ledger.rows.filter((row) => row.status === 'behind');
  if (behind.length > 0) {
    const names = behind
      .slice(0, NAMES_SHOWN)
      .map((row) => `${row.member.name}（${formatHours(row.total)}/${row.target.hours} 学时）`)
      .join('、');
    const more = behind.length > NAMES_SHOWN ? '等' : '';
    reminders.push({ code: 'STUDY_BEHIND', severity: 'warning', message: `${behind.length}人学时进度落后：${names}${more}。` });
  }
  return reminders;
}
