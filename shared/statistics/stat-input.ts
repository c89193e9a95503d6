import type { MemberAppraisalRecord } from '../assessment/appraisal';
import type { WorkingDayCalendar } from '../calendar/working-days';
import type { BranchRecord } from '../branch/branch';
import type { MemberRecord } from '../members/member';
import type { DuesBaseRecord, DuesPaymentRecord, DuesRemittanceRecord } from '../dues/dues-types';
import type { MeetingIndex } from '../meetings/compliance';
import type { MeetingRecord } from '../meetings/meeting-types';
import type { Period } from '../meetings/periods';
import type { RuleSet } from '../rules/rule-set';
import type { StudyNotebookRecord } from '../study/study-types';
import type { TalkRecord } from '../talks/talk';

/** One branch's records as stored (at the branch, its own; at the central office, as its packages brought them). */
export interface BranchStatRecords {
  branch: BranchRecord;
  members: readonly MemberRecord[];
  meetings: readonly MeetingRecord[];
  /** The meetings indexed under the rules in use, when the caller has it already (the screens do). */
  meetingIndex?: MeetingIndex;
  notebooks: readonly StudyNotebookRecord[];
  duesBases: readonly DuesBaseRecord[];
  duesPayments: readonly DuesPaymentRecord[];
  duesRemittances: readonly DuesRemittanceRecord[];
  /** The branch's 谈心谈话 records (deleted ones may be included: they do not count). */
  talks: readonly TalkRecord[];
  /** The branch's 民主评议 records (one a year); absent where the caller does not read them. */
  appraisals?: readonly MemberAppraisalRecord[];
}

/** What every table is counted for. */
export interface StatScope {
  /** The month, quarter or year of the flows (admitted, held, paid). */
  period: Period;
  /** The day the stocks are counted on (members, branches): the period's last day, or a chosen date. */
  asOf: string;
  /** Today: nothing is called missing or overdue before it happens. */
  today: string;
  ruleSet: RuleSet;
  calendar: WorkingDayCalendar;
}

/** The earlier of the period's end and today: the day a period still running is judged on. */
export function judgedOn(scope: Pick<StatScope, 'period' | 'today'>): string {
  return scope.period.end < scope.today ? scope.period.end : scope.today;
}

export function asOfLabel(asOf: string): string {
  return `截至${asOf}`;
}
