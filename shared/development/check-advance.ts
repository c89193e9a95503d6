import type { WorkingDayCalendar } from '../calendar/working-days';
import { compareDates, isValidDate, yearsBetween } from '../dates';
import type { MemberInput } from '../members/member-validation';
import type { DevelopmentRules, RuleSet } from '../rules/rule-set';
import {
  candidateEarliest,
  extensionMonthsOf,
  joinDateOf,
  probationEnd,
  publicityEndOf,
  publicityRequiredEnd,
  recorded,
} from './milestone-dates';

export interface AdvanceCheck {
  ok: boolean;
  /** What stands in the way, one Chinese sentence each. */
  missing: string[];
  /** A working-day date behind the answer is 暂算. */
  provisional: boolean;
}

interface Context {
  member: MemberInput;
  rules: DevelopmentRules;
  calendar: WorkingDayCalendar;
  onDate: string;
}

type Finding = { missing: string[]; provisional?: boolean };

const named = (people: string[]) => people.filter((person) => person.trim() !== '').length;

function ageOnApplication({ member, rules }: Context): string[] {
  const minAge = rules.applicantMinAge.value;
  const appliedOn = recorded(member.development.appliedOn);
  if (!appliedOn) return ['尚未登记递交入党申请书的日期。'];
  if (!isValidDate(member.birthDate)) return ['尚未登记出生日期，无法核对申请入党时的年龄。'];
  return yearsBetween(member.birthDate, appliedOn) < minAge ? [`递交入党申请书时未满 ${minAge} 周岁。`] : [];
}

function toActivist(context: Context): Finding {
  const { member, onDate } = context;
  const missing = ageOnApplication(context);
  const appliedOn = recorded(member.development.appliedOn);
  if (!recorded(member.development.applicationTalkOn)) missing.push('尚未登记党组织派人谈话的日期。');
  if (appliedOn && compareDates(onDate, appliedOn) < 0) missing.push('确定为入党积极分子的日期不能早于递交入党申请书的日期。');
  return { missing };
}

function toCandidate({ member, rules, onDate }: Context): Finding {
  const missing: string[] = [];
  const earliest = candidateEarliest(member, rules);
  const years = rules.activistTrainingYears.value;
  if (!earliest) missing.push('尚未登记确定为入党积极分子的日期。');
  else if (compareDates(onDate, earliest) < 0) {
    missing.push(`确定为入党积极分子未满 ${years} 年，${earliest} 起方可确定为发展对象。`);
  }
  const [min, max] = [rules.contactsMin.value, rules.contactsMax.value];
  const contacts = named(member.development.contacts);
  if (contacts < min || contacts > max) missing.push(`培养联系人应为 ${min} 至 ${max} 名正式党员（现有 ${contacts} 名）。`);
  return { missing };
}

function publicityFindings({ member, rules, calendar, onDate }: Context): Finding {
  const days = rules.publicityWorkingDays.value;
  const end = publicityEndOf(member, rules, calendar);
  const required = publicityRequiredEnd(member, rules, calendar);
  if (!end || !required) return { missing: ['尚未登记公示开始日期。'] };
  const missing: string[] = [];
  const recordedEnd = recorded(member.development.publicityEnd);
  if (recordedEnd && compareDates(recordedEnd, required.date) < 0) {
    missing.push(`公示不足 ${days} 个工作日，应至少公示至 ${required.date}。`);
  } else if (compareDates(onDate, end.date) <= 0) {
    missing.push(`公示至 ${end.date} 结束，公示期满后方可召开支部大会。`);
  }
  return { missing, provisional: end.provisional };
}

function toProbationary(context: Context): Finding {
  const { member, rules, onDate } = context;
  const missing: string[] = [];
  const development = member.development;
  if (!recorded(development.candidateOn)) missing.push('尚未登记确定为发展对象的日期。');
  const introducers = named(development.introducers);
  if (introducers !== rules.introducers.value) {
    missing.push(`入党介绍人应为 ${rules.introducers.value} 名正式党员（现有 ${introducers} 名）。`);
  }
  const hours = rules.candidateTrainingHours.value;
  if (!(development.candidateTrainingHours >= hours)) {
    missing.push(`发展对象短期集中培训应不少于 ${hours} 学时（现有 ${development.candidateTrainingHours || 0} 学时）。`);
  }
  const publicity = publicityFindings(context);
  missing.push(...publicity.missing);
  const preReviewOn = recorded(development.preReviewOn);
  if (!preReviewOn) missing.push('尚未登记上级党委预审的日期。');
  else if (compareDates(preReviewOn, onDate) > 0) missing.push('上级党委预审的日期不能晚于支部大会的日期。');
  missing.push(...ageOnApplication(context));
  return { missing, provisional: publicity.provisional ?? false };
}

function toFull({ member, rules, onDate }: Context): Finding {
  if (!joinDateOf(member)) return { missing: ['尚未登记入党时间（支部大会接收日期）。'] };
  const end = probationEnd(member, rules)!;
  if (compareDates(onDate, end) >= 0) return { missing: [] };
  const extension = extensionMonthsOf(member);
  const period = `预备期 ${rules.probationYears.value} 年${extension > 0 ? `，延长 ${extension} 个月` : ''}`;
  return { missing: [`${period}，至 ${end} 方满，期满后方可讨论转正。`] };
}

const CHECKS: Record<MemberInput['stage'], (context: Context) => Finding> = {
  applicant: toActivist,
  activist: toCandidate,
  candidate: toProbationary,
  probationary: toFull,
  full: () => ({ missing: ['已是正式党员，没有下一阶段。'] }),
};

/** Whether the member may move to the next stage on onDate, and if not, what is missing. */
export function checkAdvance(
  member: MemberInput,
  ruleSet: RuleSet,
  calendar: WorkingDayCalendar,
  today: string,
  onDate: string,
): AdvanceCheck {
  if (!isValidDate(onDate)) return { ok: false, missing: ['请填写有效的日期（YYYY-MM-DD）。'], provisional: false };
  const finding = CHECKS[member.stage]({ member, rules: ruleSet.rules.development, calendar, onDate });
  const missing = compareDates(onDate, today) > 0 ? ['日期不能晚于今天。', ...finding.missing] : finding.missing;
  return { ok: missing.length === 0, missing, provisional: finding.provisional ?? false };
}
