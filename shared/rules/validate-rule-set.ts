import { validateAssessmentScheme } from '../assessment/validate-scheme';
import { validateWorkingDayCalendar } from '../calendar/validate-calendar';
import { daysInMonth, isValidDate } from '../dates';
import { BRANCH_KINDS } from '../branch/branch';
import { isCount, isRecord, isText, type Fields } from '../guards';
import { NATIONAL_RULE_SET } from './national-rule-set';
import {
  DEVELOPMENT_EDITIONS,
  FREQUENCY_PERIODS,
  MEETING_TYPES,
  type RuleSchema,
  type RuleSet,
  type RuleValueKind,
  BASIS_POINTS_WHOLE,
} from './rule-types';

/**
 * Every rule a set must carry. `satisfies RuleSchema` makes the compiler reject this
 * table when a rule is added to the types but not here, or given the wrong kind.
 */
const SCHEMA = {
  branch: {
    minFullMembers: 'count',
    maxMembers: 'count',
    jointBranchMaxUnits: 'count',
    committeeMinFullMembers: 'count',
    committeeSizeMin: 'count',
    committeeSizeNormalMax: 'count',
    committeeSizeMax: 'count',
    termYears: 'count',
    villageTermYears: 'count',
    termExtensionMaxYears: 'count',
    termEndWarningMonths: 'count',
    electionAttendance: 'fraction',
    electionCandidateMargin: 'fraction',
    electionMajority: 'fraction',
    outOfContactMonths: 'count',
    awayTransferMonths: 'count',
  },
  development: {
    applicantMinAge: 'count',
    applicationTalkMonths: 'count',
    activistAssessmentMonths: 'count',
    activistTrainingYears: 'count',
    contactsMin: 'count',
    contactsMax: 'count',
    introducers: 'count',
    candidateTrainingDays: 'count',
    candidateTrainingHours: 'count',
    publicityWorkingDays: 'count',
    admissionVoteMonthsAfterPreReview: 'count',
    committeeApprovalMonths: 'count',
    committeeApprovalMaxMonths: 'count',
    probationYears: 'count',
    probationExtensionMinMonths: 'count',
    probationExtensionMaxMonths: 'count',
    fullMembershipDecisionMonths: 'count',
    reminderWindowDays: 'count',
    thoughtReportMonths: 'count',
  },
  meetings: {
    partyMemberAssembly: 'frequency',
    committeeMeeting: 'frequency',
    partyGroupMeeting: 'frequency',
    partyLecture: 'frequency',
    themedPartyDay: 'frequency',
    organizationalLifeMeeting: 'frequency',
    democraticAppraisal: 'frequency',
    heartToHeartTalk: 'frequency',
    organizationalLifeUsualQuarter: 'count',
    partyCommitteeSecretaryLectures: 'frequency',
    silentBranchDays: 'count',
    monthlyReportDay: 'count',
    annualPlanDue: 'monthDay',
    developmentPlanDue: 'monthDay',
    yearSummaryDue: 'monthDay',
    committeeQuorum: 'fraction',
    admissionVoteApproval: 'fraction',
  },
  study: {
    memberAnnualHours: 'count',
    leaderAnnualHours: 'count',
    fullDayHours: 'count',
    halfDayHours: 'count',
    creditedMeetingTypes: 'meetingTypes',
    collectiveStudy: 'frequency',
    paceGraceDays: 'count',
    noteMaxHours: 'count',
    noteTargets: 'noteTargets',
  },
  dues: {
    employedBrackets: 'duesBrackets',
    retiredBrackets: 'duesBrackets',
    flatMonthlyFen: 'count',
    maxPaymentPeriodMonths: 'count',
    makeUpMaxMonths: 'count',
    arrearsWarningMonths: 'count',
    arrearsAlarmMonths: 'count',
    remittanceDueDay: 'count',
    remittanceReminderDays: 'count',
  },
} as const satisfies RuleSchema;

type GroupName = keyof typeof SCHEMA;

/** Pairs of rules where the first may not exceed the second. */
const ORDERED: ReadonlyArray<readonly [GroupName, string, string]> = [
  ['branch', 'committeeSizeMin', 'committeeSizeNormalMax'],
  ['branch', 'committeeSizeNormalMax', 'committeeSizeMax'],
  ['development', 'contactsMin', 'contactsMax'],
  ['development', 'committeeApprovalMonths', 'committeeApprovalMaxMonths'],
  ['development', 'probationExtensionMinMonths', 'probationExtensionMaxMonths'],
  ['dues', 'arrearsWarningMonths', 'arrearsAlarmMonths'],
  ['study', 'halfDayHours', 'fullDayHours'],
];

/** Counts that are a day of a month: 1 to 31 (a shorter month ends the period on its last day). */
const DAYS_OF_MONTH: ReadonlyArray<readonly [GroupName, string]> = [
  ['dues', 'remittanceDueDay'],
  ['meetings', 'monthlyReportDay'],
];

/**
 * Rules added after rule sets began to travel. A set published by an office running an
 * older version lacks them: it gets the national value for each, instead of being refused
 * whole (which would drop the office's other rules for the national ones).
 */
const ADDED_RULES: ReadonlyArray<readonly [GroupName, string]> = [
  ['meetings', 'monthlyReportDay'],
  ['study', 'noteTargets'],
  ['development', 'thoughtReportMonths'],
  ['branch', 'electionCandidateMargin'],
  ['branch', 'electionMajority'],
  ['meetings', 'annualPlanDue'],
  ['meetings', 'developmentPlanDue'],
  ['meetings', 'yearSummaryDue'],
];
const LAST_DAY_OF_LONGEST_MONTH = 31;

function isFraction(x: unknown): boolean {
  return isRecord(x) && isCount(x.numerator) && isCount(x.denominator) && x.denominator > 0 && x.numerator <= x.denominator;
}

function isFrequency(x: unknown): boolean {
  return (
    isRecord(x) && isCount(x.times) && x.times > 0 && (FREQUENCY_PERIODS as readonly unknown[]).includes(x.per)
  );
}

function isDuesBrackets(x: unknown): boolean {
  if (!Array.isArray(x) || x.length === 0) return false;
  let previousCap = -1;
  return x.every((bracket, index) => {
    if (!isRecord(bracket) || !isCount(bracket.rateBasisPoints) || bracket.rateBasisPoints > BASIS_POINTS_WHOLE) return false;
    const isLast = index === x.length - 1;
    if (bracket.upToFen === null) return isLast;
    if (isLast || !isCount(bracket.upToFen) || bracket.upToFen <= previousCap) return false;
    previousCap = bracket.upToFen;
    return true;
  });
}

/** Known meeting types, each at most once: an unknown one would silently credit nothing. */
function isMeetingTypes(x: unknown): boolean {
  return Array.isArray(x) && new Set(x).size === x.length && x.every((type) => (MEETING_TYPES as readonly unknown[]).includes(type));
}

/** A month and a day that month can have in some year (29 February included: a common year takes the 28th). */
function isMonthDay(x: unknown): boolean {
  return isRecord(x) && isCount(x.month) && x.month >= 1 && x.month <= 12 && isCount(x.day) && x.day >= 1 && x.day <= daysInMonth(2024, x.month);
}

/** A words and 心得体会 target for every branch kind. */
function isNoteTargets(x: unknown): boolean {
  return isRecord(x) && BRANCH_KINDS.every((kind) => {
    const target = x[kind];
    return isRecord(target) && isCount(target.words) && isCount(target.reflections);
  });
}

const VALUE_CHECKS: Record<RuleValueKind, { test: (x: unknown) => boolean; expected: string }> = {
  count: { test: isCount, expected: '不小于 0 的整数' },
  fraction: { test: isFraction, expected: '分数 {numerator, denominator}，分母为正，分子不大于分母' },
  frequency: { test: isFrequency, expected: '频次 {times, per}，次数为正整数，周期为 month、quarter 或 year' },
  duesBrackets: {
    test: isDuesBrackets,
    expected: '按收入上限（分）递增排列的档次，费率为 0 至 10000 基点，仅最后一档上限为 null',
  },
  meetingTypes: { test: isMeetingTypes, expected: `会议类型列表（不重复，取值为 ${MEETING_TYPES.join('、')}）` },
  monthDay: { test: isMonthDay, expected: '月日 {month, day}，月为 1 至 12，日不超过该月天数' },
  noteTargets: { test: isNoteTargets, expected: `按支部类别（${BRANCH_KINDS.join('、')}）的字数与心得体会篇数，均为不小于 0 的整数` },
};

/** Earlier values: each of the rule's kind, dated, in date order, all before the current value. */
function earlierErrors(path: string, rule: Fields, kind: RuleValueKind): string[] {
  if (rule.earlier === undefined) return [];
  const list = rule.earlier;
  if (!Array.isArray(list)) return [`规则 ${path}：历史取值（earlier）应为列表。`];
  let previous = '';
  for (const entry of list) {
    if (!isRecord(entry) || !VALUE_CHECKS[kind].test(entry.value) || !isValidDate(entry.effectiveFrom)) {
      return [`规则 ${path}：历史取值格式无效，应为 {value, effectiveFrom} 且取值为${VALUE_CHECKS[kind].expected}。`];
    }
    if (entry.effectiveFrom <= previous || (typeof rule.effectiveFrom === 'string' && entry.effectiveFrom >= rule.effectiveFrom)) {
      return [`规则 ${path}：历史取值应按生效日期先后排列，且都早于现行取值的生效日期。`];
    }
    previous = entry.effectiveFrom;
  }
  return [];
}

function ruleErrors(path: string, rule: unknown, kind: RuleValueKind): string[] {
  if (!isRecord(rule)) return [`规则 ${path}：缺少该规则。`];
  const errors: string[] = [];
  const check = VALUE_CHECKS[kind];
  if (!check.test(rule.value)) errors.push(`规则 ${path}：取值应为${check.expected}。`);
  if (typeof rule.unit !== 'string') errors.push(`规则 ${path}：缺少单位。`);
  if (!isText(rule.description)) errors.push(`规则 ${path}：缺少说明。`);
  const source = rule.source;
  if (!isRecord(source) || !isText(source.regulation) || typeof source.article !== 'string') {
    errors.push(`规则 ${path}：缺少出处（法规名称与条款）。`);
  }
  if (!isValidDate(rule.effectiveFrom)) errors.push(`规则 ${path}：生效日期无效，格式应为 YYYY-MM-DD。`);
  errors.push(...earlierErrors(path, rule, kind));
  return errors;
}

function groupErrors(rules: Fields, group: GroupName): string[] {
  const entries = rules[group];
  if (!isRecord(entries)) return [`规则集缺少规则分组 ${group}。`];
  const errors = Object.entries(SCHEMA[group]).flatMap(([key, kind]) => ruleErrors(`${group}.${key}`, entries[key], kind));
  if (group === 'development' && !(DEVELOPMENT_EDITIONS as readonly unknown[]).includes(entries.edition)) {
    errors.push(`规则 development.edition：不支持的发展党员工作细则版本，本软件支持：${DEVELOPMENT_EDITIONS.join('、')}。`);
  }
  return errors;
}

function orderErrors(rules: Fields): string[] {
  const valueOf = (group: GroupName, key: string) => ((rules[group] as Fields)[key] as { value: number }).value;
  const misordered = ORDERED.filter(([group, low, high]) => valueOf(group, low) > valueOf(group, high)).map(
    ([group, low, high]) => `规则 ${group}.${low} 不能大于 ${group}.${high}。`,
  );
  const notADay = DAYS_OF_MONTH.filter(([group, key]) => {
    const day = valueOf(group, key);
    return day < 1 || day > LAST_DAY_OF_LONGEST_MONTH;
  }).map(([group, key]) => `规则 ${group}.${key}：取值应为 1 至 ${LAST_DAY_OF_LONGEST_MONTH} 之间的日期。`);
  return [...misordered, ...notADay];
}

function headerErrors(x: Fields): string[] {
  const errors: string[] = [];
  if (!isText(x.id)) errors.push('规则集缺少编号（id）。');
  if (!isCount(x.version) || x.version < 1) errors.push('规则集版本号（version）应为正整数。');
  if (!isText(x.name)) errors.push('规则集缺少名称（name）。');
  if (!isValidDate(x.effectiveFrom)) errors.push('规则集生效日期（effectiveFrom）无效，格式应为 YYYY-MM-DD。');
  return errors;
}

/**
 * Checks a rule set that arrived in a package before it replaces the one in use, its
 * assessment scheme included: a set with a broken scheme is refused whole, as with any rule.
 * Unknown extra rules are tolerated: a newer central office may send rules this
 * version does not use yet.
 */
export function validateRuleSet(input: unknown): { ok: true; value: RuleSet } | { ok: false; errors: string[] } {
  if (!isRecord(input)) return { ok: false, errors: ['规则集格式无效：应为一个对象。'] };
  const x = withAddedRules(input);
  const errors = headerErrors(x);
  if (!isRecord(x.rules)) {
    errors.push('规则集缺少规则内容（rules）。');
  } else {
    const shapeErrors = (Object.keys(SCHEMA) as GroupName[]).flatMap((group) => groupErrors(x.rules as Fields, group));
    errors.push(...(shapeErrors.length === 0 ? orderErrors(x.rules) : shapeErrors));
  }
  if (x.assessment !== undefined) {
    const scheme = validateAssessmentScheme(x.assessment);
    if (!scheme.ok) errors.push(...scheme.errors.map((error) => `考核方案：${error}`));
  }
  if (x.calendar !== undefined) {
    const calendar = validateWorkingDayCalendar(x.calendar);
    if (!calendar.ok) errors.push(...calendar.errors.map((error) => `工作日历：${error}`));
  }
  return errors.length === 0 ? { ok: true, value: x as unknown as RuleSet } : { ok: false, errors };
}

/** The set with the national value of each rule added since sets began to travel, where it lacks one (a copy; the input is untouched). */
function withAddedRules(x: Fields): Fields {
  const given = x.rules;
  if (!isRecord(given)) return x;
  const missing = ADDED_RULES.filter(([group, key]) => isRecord(given[group]) && !(key in (given[group] as Fields)));
  if (missing.length === 0) return x;
  const rules: Fields = { ...given };
  for (const [group, key] of missing) rules[group] = { ...(rules[group] as Fields), [key]: NATIONAL_RULE_SET.rules[group][key as never] };
  return { ...x, rules };
}
