import type { WorkingDayCalendar } from '../calendar/working-days';
import { addDays, compareDates } from '../dates';
import type { DevelopmentStage, MemberRecord } from '../members/member';
import { recordedFrom } from '../records/base-record';
import type { DevelopmentRules, RuleSet } from '../rules/rule-set';
import {
  admissionEarliest,
  admissionVoteDeadline,
  committeeApprovalDeadline,
  fullMembershipDeadline,
  probationEnd,
  recorded,
  talkDeadline,
} from './milestone-dates';

export interface UpcomingDeadline {
  memberId: string;
  name: string;
  stage: DevelopmentStage;
  /** What falls due, in Chinese. */
  label: string;
  /** YYYY-MM-DD */
  date: string;
  /**
   * deadline: must be done by date; earliest: may be done from date on; unrecorded: a
   * deadline that had passed before the member's records were kept in the app, so the
   * step was most likely done and only its date is missing (未登记, never 逾期).
   */
  kind: 'deadline' | 'earliest' | 'unrecorded';
  /** A deadline that passed while the member was on record; an earliest or unrecorded date never is. */
  overdue: boolean;
  provisional: boolean;
}

type Item = Pick<UpcomingDeadline, 'label' | 'date' | 'kind'> & { provisional?: boolean; step?: string };

function itemsFor(member: MemberRecord, rules: DevelopmentRules, calendar: WorkingDayCalendar): Item[] {
  const d = member.development;
  const deadline = (date: string | null, label: string, step: string): Item[] => (date ? [{ date, label, kind: 'deadline', step }] : []);
  switch (member.stage) {
    case 'applicant':
      return recorded(d.applicationTalkOn)
        ? []
        : deadline(talkDeadline(member, rules), `派人谈话期限（收到申请书后${rules.applicationTalkMonths.value}个月内）`, '派人谈话');
    case 'candidate': {
      const open = admissionEarliest(member, rules, calendar);
      const due: Item[] = open
        ? [{ date: open.date, label: '公示期满，可召开支部大会讨论接收', kind: 'earliest', provisional: open.provisional }]
        : [];
      const vote = deadline(
        admissionVoteDeadline(member, rules),
        `召开支部大会讨论接收期限（预审后${rules.admissionVoteMonthsAfterPreReview.value}个月内）`,
        '支部大会讨论接收',
      );
      return [...due, ...vote];
    }
    case 'probationary': {
      const approval = recorded(d.committeeApprovalOn)
        ? []
        : deadline(
            committeeApprovalDeadline(member, rules),
            `上级党委审批期限（支部大会后${rules.committeeApprovalMonths.value}个月内，最长${rules.committeeApprovalMaxMonths.value}个月）`,
            '上级党委审批',
          );
      const end = probationEnd(member, rules);
      const due: Item[] = end ? [{ date: end, label: '预备期满，可讨论转正', kind: 'earliest' }] : [];
      const decision = deadline(
        fullMembershipDeadline(member, rules),
        `讨论转正期限（预备期满后${rules.fullMembershipDecisionMonths.value}个月内）`,
        '支部大会讨论转正',
      );
      return [...approval, ...due, ...decision];
    }
    default:
      return [];
  }
}

/** A deadline already past when the member's records began is a date to fill in, not an alarm. */
function unrecordedIfBefore(item: Item, since: string): Item {
  if (item.kind !== 'deadline' || !item.step || compareDates(item.date, since) >= 0) return item;
  return { ...item, kind: 'unrecorded', label: `${item.step}日期未登记（应于 ${item.date} 前完成，早于本软件开始记录）` };
}

/**
 * Deadlines falling within the reminder window or already missed, and the members due
 * for their next vote (publicity over; probation over), earliest date first. A deadline
 * that had passed before the member's records were kept here is reported as 未登记 (a
 * date to fill in), never as overdue.
 */
export function upcomingDeadlines(
  members: MemberRecord[],
  ruleSet: RuleSet,
  calendar: WorkingDayCalendar,
  today: string,
): UpcomingDeadline[] {
  const rules = ruleSet.rules.development;
  const horizon = addDays(today, rules.reminderWindowDays.value);
  return members
    .filter((member) => !member.deleted)
    .flatMap((member) =>
      itemsFor(member, rules, calendar)
        .map((item) => unrecordedIfBefore(item, recordedFrom(member)))
        .filter((item) => compareDates(item.date, horizon) <= 0)
        .map((item) => ({
          memberId: member.id,
          name: member.name,
          stage: member.stage,
          label: item.label,
          date: item.date,
          kind: item.kind,
          overdue: item.kind === 'deadline' && compareDates(item.date, today) < 0,
          provisional: item.provisional ?? false,
        })),
    )
    .sort((a, b) => compareDates(a.date, b.date) || a.name.localeCompare(b.name, 'zh-Hans-CN'));
}
