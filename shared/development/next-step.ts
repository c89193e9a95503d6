import type { WorkingDayCalendar } from '../calendar/working-days';
import { compareDates } from '../dates';
import type { DevelopmentStage } from '../members/member';
import type { MemberInput } from '../members/member-validation';
import type { DevelopmentRules, RuleSet } from '../rules/rule-set';
import {
  admissionEarliest,
  admissionVoteDeadline,
  candidateEarliest,
  extensionMonthsOf,
  fullMembershipDeadline,
  joinDateOf,
  probationEnd,
  recorded,
  talkDeadline,
} from './milestone-dates';

export interface NextStep {
  /** The stage the member moves to next; null for a full member. */
  target: DevelopmentStage | null;
  /** Not before this date (YYYY-MM-DD). */
  earliest: string | null;
  /** Not after this date (YYYY-MM-DD). */
  deadline: string | null;
  /** A date relied on a year missing from the working-day calendar (暂算). */
  provisional: boolean;
  /** What to do next, in Chinese. */
  label: string;
}

type StepParts = Omit<NextStep, 'target'>;

const step = (label: string, parts: Partial<StepParts> = {}): StepParts => ({
  earliest: null,
  deadline: null,
  provisional: false,
  label,
  ...parts,
});

function applicantStep(member: MemberInput, rules: DevelopmentRules): StepParts {
  if (!recorded(member.development.appliedOn)) return step('请先登记递交入党申请书的日期');
  if (recorded(member.development.applicationTalkOn)) return step('可确定为入党积极分子');
  return step(`应在收到入党申请书后${rules.applicationTalkMonths.value}个月内派人谈话`, {
    deadline: talkDeadline(member, rules),
  });
}

function activistStep(member: MemberInput, rules: DevelopmentRules): StepParts {
  const earliest = candidateEarliest(member, rules);
  if (!earliest) return step('请先登记确定为入党积极分子的日期');
  return step(`可确定为发展对象（培养满${rules.activistTrainingYears.value}年）`, { earliest });
}

function candidateStep(member: MemberInput, rules: DevelopmentRules, calendar: WorkingDayCalendar): StepParts {
  const days = rules.publicityWorkingDays.value;
  const earliest = admissionEarliest(member, rules, calendar);
  const deadline = admissionVoteDeadline(member, rules);
  const parts = [
    earliest
      ? `可提交支部大会讨论接收为预备党员（公示${days}个工作日期满）`
      : `公示${days}个工作日后，可提交支部大会讨论接收为预备党员`,
    deadline
      ? `应在上级党委预审后${rules.admissionVoteMonthsAfterPreReview.value}个月内召开支部大会`
      : '尚待上级党委预审',
  ];
  return step(parts.join('；'), { earliest: earliest?.date ?? null, deadline, provisional: earliest?.provisional ?? false });
}

function probationaryStep(member: MemberInput, rules: DevelopmentRules): StepParts {
  if (!joinDateOf(member)) return step('请先登记入党时间（支部大会接收日期）');
  const years = rules.probationYears.value;
  const extension = extensionMonthsOf(member);
  const period = extension > 0 ? `预备期${years}年，延长${extension}个月` : `预备期满${years}年`;
  return step(`可讨论转为正式党员（${period}）`, {
    earliest: probationEnd(member, rules),
    deadline: fullMembershipDeadline(member, rules),
  });
}

const NEXT_STAGE: Record<DevelopmentStage, DevelopmentStage | null> = {
  applicant: 'activist',
  activist: 'candidate',
  candidate: 'probationary',
  probationary: 'full',
  full: null,
};

export function nextStageOf(stage: DevelopmentStage): DevelopmentStage | null {
  return NEXT_STAGE[stage];
}

/**
 * What comes next for the member, with its window; the label notes a deadline already
 * missed, or, when it passed before `recordedFrom` (the day the app began keeping the
 * member's records), that its date was simply not recorded.
 */
export function nextStepFor(member: MemberInput, ruleSet: RuleSet, calendar: WorkingDayCalendar, today: string, recordedFrom = ''): NextStep {
  const rules = ruleSet.rules.development;
  const parts: Record<DevelopmentStage, () => StepParts> = {
    applicant: () => applicantStep(member, rules),
    activist: () => activistStep(member, rules),
    candidate: () => candidateStep(member, rules, calendar),
    probationary: () => probationaryStep(member, rules),
    full: () => step('已是正式党员'),
  };
  const result = parts[member.stage]();
  const passed = result.deadline !== null && compareDates(result.deadline, today) < 0;
  const beforeRecords = passed && recordedFrom !== '' && compareDates(result.deadline!, recordedFrom) < 0;
  const note = beforeRecords ? '（期限早于本软件开始记录：日期未登记，请补登）' : passed ? '（已逾期）' : '';
  return { target: NEXT_STAGE[member.stage], ...result, label: `${result.label}${note}` };
}
