import type { WorkingDayCalendar, WorkingDayDate } from '../calendar/working-days';
import { dossierOf } from './dossier-types';
import { compareDates, isValidDate, yearsBetween } from '../dates';
import type { MemberInput } from '../members/member-validation';
import type { DevelopmentRules, RuleSet } from '../rules/rule-set';
import {
  candidateEarliest,
  extensionMonthsOf,
  fullPublicityEndOf,
  fullPublicityRequiredEnd,
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

interface PublicityDates {
  end: WorkingDayDate | null;
  required: WorkingDayDate | null;
  recordedEnd: string;
  /** 公示 or 转正公示, and the meeting it comes before. */
  name: string;
  meeting: string;
}

function publicityFindings({ end, required, recordedEnd, name, meeting }: PublicityDates, days: number, onDate: string): Finding {
  if (!end || !required) return { missing: [`尚未登记${name}开始日期。`] };
  const missing: string[] = [];
  if (recorded(recordedEnd) && compareDates(recordedEnd, required.date) < 0) {
    missing.push(`${name}不足 ${days} 个工作日，应至少公示至 ${required.date}。`);
  } else if (compareDates(onDate, end.date) <= 0) {
    missing.push(`${name}至 ${end.date} 结束，公示期满后方可召开${meeting}。`);
  }
  return { missing, provisional: end.provisional };
}

function admissionPublicity({ member, rules, calendar, onDate }: Context): Finding {
  const dates = {
    end: publicityEndOf(member, rules, calendar),
    required: publicityRequiredEnd(member, rules, calendar),
    recordedEnd: member.development.publicityEnd,
    name: '公示',
    meeting: '支部大会',
  };
  return publicityFindings(dates, rules.publicityWorkingDays.value, onDate);
}

/** 政审 and 入党志愿书 come before the 支部大会 (steps 10 and 14 of the 25). */
function dossierBeforeAdmission({ member }: Context): string[] {
  const dossier = dossierOf(member.development);
  const missing: string[] = [];
  if (dossier.politicalReviewResult === 'failed') missing.push('政治审查结论为不合格。');
  else if (dossier.politicalReviewResult !== 'passed') missing.push('尚未登记政治审查结论（合格）。');
  if (!dossier.applicationFormNumber.trim()) missing.push('尚未登记入党志愿书编号。');
  return missing;
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
  missing.push(...dossierBeforeAdmission(context));
  const publicity = admissionPublicity(context);
  missing.push(...publicity.missing);
  const preReviewOn = recorded(development.preReviewOn);
  if (!preReviewOn) missing.push('尚未登记上级党委预审的日期。');
  else if (compareDates(preReviewOn, onDate) > 0) missing.push('上级党委预审的日期不能晚于支部大会的日期。');
  missing.push(...ageOnApplication(context));
  return { missing, provisional: publicity.provisional ?? false };
}

/** 转正申请 and the 转正公示 (working days like the first) come before the 支部大会 discusses 转正. */
function fullMembershipDossier({ member, rules, calendar, onDate }: Context): Finding {
  const dossier = dossierOf(member.development);
  const missing: string[] = [];
  const appliedOn = recorded(dossier.stepDates.fullMembershipApplied ?? '');
  if (!appliedOn) missing.push('尚未登记提出转正申请的日期。');
  else if (compareDates(appliedOn, onDate) > 0) missing.push('提出转正申请的日期不能晚于支部大会讨论转正的日期。');
  const dates = {
    end: fullPublicityEndOf(member, rules, calendar),
    required: fullPublicityRequiredEnd(member, rules, calendar),
    recordedEnd: dossier.fullPublicityEnd,
    name: '转正公示',
    meeting: '支部大会讨论转正',
  };
  const publicity = publicityFindings(dates, rules.publicityWorkingDays.value, onDate);
  return { missing: [...missing, ...publicity.missing], provisional: publicity.provisional ?? false };
}

function toFull(context: Context): Finding {
  const { member, rules, onDate } = context;
  if (!joinDateOf(member)) return { missing: ['尚未登记入党时间（支部大会接收日期）。'] };
  const end = probationEnd(member, rules)!;
  const dossier = fullMembershipDossier(context);
  if (compareDates(onDate, end) >= 0) return dossier;
  const extension = extensionMonthsOf(member);
  const period = `预备期 ${rules.probationYears.value} 年${extension > 0 ? `，延长 ${extension} 个月` : ''}`;
  return { missing: [`${period}，至 ${end} 方满，期满后方可讨论转正。`, ...dossier.missing], provisional: dossier.provisional };
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
