import { compareDates, isValidDate } from '../dates';
import type { RecordInput } from '../records/base-record';
import { NATIONAL_RULE_SET, type RuleSet } from '../rules/rule-set';
import { DOSSIER_STEPS } from '../development/dossier-steps';
import { birthDateFromIdNumber, genderFromIdNumber, validateIdNumber } from './id-number';
import { DEVELOPMENT_STAGES, ENDING_KINDS, ENDING_LABELS, GENDER_LABELS, type DevelopmentMilestones, type MemberRecord } from './member';

export { birthDateFromIdNumber, genderFromIdNumber, maskIdNumber, validateIdNumber } from './id-number';

export type MemberInput = RecordInput<MemberRecord>;

/** Chinese message per field path ('name', 'development.activistOn', 'transfers.0.date'). */
export type MemberFieldErrors = Partial<Record<string, string>>;

const DEVELOPMENT_DATE_KEYS = [
  'appliedOn',
  'applicationTalkOn',
  'activistOn',
  'candidateOn',
  'preReviewOn',
  'publicityStart',
  'publicityEnd',
  'admissionVoteOn',
  'committeeApprovalOn',
  'fullMembershipVoteOn',
] as const satisfies ReadonlyArray<keyof DevelopmentMilestones>;

export const MEMBER_DATE_LABELS: Record<string, string> = {
  birthDate: '出生日期',
  joinedOn: '入党时间',
  fullMembershipOn: '转正时间',
  'development.appliedOn': '递交入党申请书日期',
  'development.applicationTalkOn': '派人谈话日期',
  'development.activistOn': '确定为入党积极分子日期',
  'development.candidateOn': '确定为发展对象日期',
  'development.preReviewOn': '上级党委预审日期',
  'development.publicityStart': '公示开始日期',
  'development.publicityEnd': '公示结束日期',
  'development.admissionVoteOn': '支部大会接收日期',
  'development.committeeApprovalOn': '上级党委审批日期',
  'development.fullMembershipVoteOn': '支部大会讨论转正日期',
};

/** The pipeline's main milestones, each no earlier than the one before it that is filled in. */
const PIPELINE_ORDER = [
  'development.appliedOn',
  'development.activistOn',
  'development.candidateOn',
  'development.admissionVoteOn',
  'development.fullMembershipVoteOn',
];

/** Further [earlier, later] pairs. */
const ORDERED_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['development.appliedOn', 'development.applicationTalkOn'],
  ['development.candidateOn', 'development.preReviewOn'],
  ['development.preReviewOn', 'development.admissionVoteOn'],
  ['development.publicityStart', 'development.publicityEnd'],
  ['development.admissionVoteOn', 'development.committeeApprovalOn'],
];

/** A publicity period still running legitimately ends after today. */
const FUTURE_ALLOWED = new Set(['development.publicityEnd']);

const NAME_MAX = 30;
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;
const MEMBER_STAGES = new Set(['probationary', 'full']);

type Report = (field: string, message: string | undefined) => void;

function datesOf(member: MemberInput): Record<string, string> {
  const dates: Record<string, string> = {
    birthDate: member.birthDate,
    joinedOn: member.joinedOn,
    fullMembershipOn: member.fullMembershipOn,
  };
  for (const key of DEVELOPMENT_DATE_KEYS) dates[`development.${key}`] = member.development[key];
  return dates;
}

function dateError(label: string, value: string, today: string, futureAllowed: boolean): string | undefined {
  if (!isValidDate(value)) return `${label}无效，格式应为 YYYY-MM-DD。`;
  if (!futureAllowed && compareDates(value, today) > 0) return `${label}不能晚于今天。`;
  return undefined;
}

function checkDates(dates: Record<string, string>, today: string, report: Report): Set<string> {
  const valid = new Set<string>();
  for (const [field, value] of Object.entries(dates)) {
    if (!value) continue;
    const error = dateError(MEMBER_DATE_LABELS[field]!, value, today, FUTURE_ALLOWED.has(field));
    report(field, error);
    if (!error) valid.add(field);
  }
  return valid;
}

function checkOrder(dates: Record<string, string>, valid: Set<string>, report: Report): void {
  const misordered = (earlier: string, later: string) =>
    valid.has(earlier) && valid.has(later) && compareDates(dates[earlier]!, dates[later]!) > 0;
  const flag = (earlier: string, later: string) =>
    report(later, `${MEMBER_DATE_LABELS[later]}不能早于${MEMBER_DATE_LABELS[earlier]}。`);
  let previous: string | undefined;
  for (const field of PIPELINE_ORDER.filter((f) => valid.has(f))) {
    if (previous && misordered(previous, field)) flag(previous, field);
    previous = field;
  }
  for (const [earlier, later] of ORDERED_PAIRS) if (misordered(earlier, later)) flag(earlier, later);
}

function checkStage(member: MemberInput, valid: Set<string>, report: Report): void {
  const isMember = MEMBER_STAGES.has(member.stage);
  if (isMember && !member.joinedOn) report('joinedOn', '预备党员和正式党员须填写入党时间。');
  if (!isMember && member.joinedOn) report('joinedOn', '尚未接收为预备党员，不应填写入党时间。');
  const vote = member.development.admissionVoteOn;
  if (valid.has('joinedOn') && valid.has('development.admissionVoteOn') && member.joinedOn !== vote) {
    report('joinedOn', '入党时间应与支部大会接收为预备党员的日期一致。');
  }
  const isFull = member.stage === 'full';
  if (isFull && !member.fullMembershipOn) report('fullMembershipOn', '正式党员须填写转正时间。');
  if (!isFull && member.fullMembershipOn) report('fullMembershipOn', '尚未转为正式党员，不应填写转正时间。');
  if (valid.has('joinedOn') && valid.has('fullMembershipOn') && compareDates(member.fullMembershipOn, member.joinedOn) <= 0) {
    report('fullMembershipOn', '转正时间应晚于入党时间。');
  }
}

function checkIdentity(member: MemberInput, valid: Set<string>, report: Report): void {
  const name = member.name.trim();
  if (!name) report('name', '请填写姓名。');
  else if ([...name].length > NAME_MAX) report('name', `姓名不能超过 ${NAME_MAX} 个字。`);
  if (!Object.hasOwn(GENDER_LABELS, member.gender)) report('gender', '请选择性别。');
  if (!(DEVELOPMENT_STAGES as readonly string[]).includes(member.stage)) report('stage', '请选择发展阶段。');
  if (!member.birthDate) report('birthDate', '请填写出生日期。');

  const id = member.idNumber.trim();
  if (id) {
    report('idNumber', validateIdNumber(id));
    const idBirth = birthDateFromIdNumber(id);
    if (idBirth && valid.has('birthDate') && idBirth !== member.birthDate) {
      report('idNumber', '身份证号码中的出生日期与所填出生日期不一致。');
    }
    const idGender = genderFromIdNumber(id);
    if (idGender && idGender !== member.gender) report('idNumber', '身份证号码中的性别与所填性别不一致。');
  }
  const phone = member.phone.trim();
  if (phone && !MOBILE.test(phone) && !LANDLINE.test(phone)) {
    report('phone', '联系电话应为 11 位手机号，或带区号的固定电话（如 010-12345678）。');
  }
}

function checkDevelopmentNumbers(member: MemberInput, ruleSet: RuleSet, report: Report): void {
  const rules = ruleSet.rules.development;
  const { candidateTrainingHours, probationExtensionMonths, contacts, introducers } = member.development;
  if (!Number.isFinite(candidateTrainingHours) || candidateTrainingHours < 0) {
    report('development.candidateTrainingHours', '培训学时应为不小于 0 的数字。');
  }
  const [min, max] = [rules.probationExtensionMinMonths.value, rules.probationExtensionMaxMonths.value];
  const extended = Number.isInteger(probationExtensionMonths) && probationExtensionMonths >= min && probationExtensionMonths <= max;
  if (probationExtensionMonths !== 0 && !extended) {
    report('development.probationExtensionMonths', `延长预备期应为 ${min} 至 ${max} 个月；未延长请填 0。`);
  }
  if (contacts.length > rules.contactsMax.value) {
    report('development.contacts', `培养联系人不能超过 ${rules.contactsMax.value} 名。`);
  }
  if (introducers.length > rules.introducers.value) {
    report('development.introducers', `入党介绍人应为 ${rules.introducers.value} 名。`);
  }
}

function checkTransfers(member: MemberInput, today: string, report: Report): void {
  const endedOn = member.ending && isValidDate(member.ending.date) ? member.ending.date : '';
  member.transfers.forEach((transfer, index) => {
    const path = `transfers.${index}`;
    if (transfer.direction !== 'in' && transfer.direction !== 'out') report(`${path}.direction`, '请选择转入或转出。');
    report(`${path}.date`, transfer.date ? dateError('转接日期', transfer.date, today, false) : '请填写转接日期。');
    if (endedOn && isValidDate(transfer.date) && compareDates(transfer.date, endedOn) > 0) {
      report(`${path}.date`, `转接日期不能晚于${ENDING_LABELS[member.ending!.kind] ?? '出党'}日期（${endedOn}）。`);
    }
    if (!transfer.counterpart.trim()) report(`${path}.counterpart`, '请填写转入或转出的党组织。');
  });
}

/** 出党 and death: a kind, a date no later than today, the reason, and (except for a death) the deciding body's document. */
function checkEnding(member: MemberInput, today: string, report: Report): void {
  const ending = member.ending;
  if (!ending) return;
  if (!(ENDING_KINDS as readonly string[]).includes(ending.kind)) report('ending.kind', '请选择出党方式。');
  report('ending.date', ending.date ? dateError('出党日期', ending.date, today, false) : '请填写出党（或去世）日期。');
  if (isValidDate(ending.date) && isValidDate(member.joinedOn) && compareDates(ending.date, member.joinedOn) < 0) {
    report('ending.date', '出党日期不能早于入党时间。');
  }
  if (!ending.reason.trim() && ending.kind !== 'died') report('ending.reason', '请填写原因。');
  if (!ending.document.trim() && ending.kind !== 'died') report('ending.document', '请填写决定机关及文号（如 院党委〔2026〕12 号）。');
}

/**
 * Field-by-field check of a member as entered, with one Chinese message per field (the
 * first problem found). The rule set supplies the counts; the national one by default.
 */
export function validateMember(member: MemberInput, today: string, ruleSet: RuleSet = NATIONAL_RULE_SET): MemberFieldErrors {
  const errors: MemberFieldErrors = {};
  const report: Report = (field, message) => {
    if (message && !errors[field]) errors[field] = message;
  };
  const dates = datesOf(member);
  const valid = checkDates(dates, today, report);
  checkIdentity(member, valid, report);
  checkOrder(dates, valid, report);
  checkStage(member, valid, report);
  checkDevelopmentNumbers(member, ruleSet, report);
  checkTransfers(member, today, report);
  checkEnding(member, today, report);
  checkDossier(member, today, report);
  return errors;
}

const DOSSIER_NUMBER_MAX = 40;
const THOUGHT_REPORT_TITLE_MAX = 60;

/** The dossier's own dates (a running 转正公示 may end after today), its 政审 result and numbers. */
function checkDossier(member: MemberInput, today: string, report: Report): void {
  const dossier = member.development.dossier;
  if (!dossier) return;
  for (const step of DOSSIER_STEPS) {
    if (!step.date || !('step' in step.date)) continue;
    const value = dossier.stepDates[step.date.step];
    if (value) report(`development.dossier.stepDates.${step.date.step}`, dateError(`第 ${step.number} 步“${step.label}”日期`, value, today, false));
  }
  if (dossier.fullPublicityStart) report('development.dossier.fullPublicityStart', dateError('转正公示开始日期', dossier.fullPublicityStart, today, false));
  if (dossier.fullPublicityEnd) {
    report('development.dossier.fullPublicityEnd', dateError('转正公示结束日期', dossier.fullPublicityEnd, today, true));
    if (isValidDate(dossier.fullPublicityStart) && isValidDate(dossier.fullPublicityEnd) && compareDates(dossier.fullPublicityEnd, dossier.fullPublicityStart) < 0) {
      report('development.dossier.fullPublicityEnd', '转正公示结束日期不能早于开始日期。');
    }
  }
  if (!['', 'passed', 'failed'].includes(dossier.politicalReviewResult)) report('development.dossier.politicalReviewResult', '请选择政审结论（合格或不合格）。');
  if ([...dossier.applicationFormNumber.trim()].length > DOSSIER_NUMBER_MAX) {
    report('development.dossier.applicationFormNumber', `入党志愿书编号不能超过 ${DOSSIER_NUMBER_MAX} 个字。`);
  }
  dossier.thoughtReports.forEach((entry, index) => {
    const path = `development.dossier.thoughtReports.${index}`;
    report(`${path}.submittedOn`, entry.submittedOn ? dateError('思想汇报日期', entry.submittedOn, today, false) : '请填写思想汇报的递交日期。');
    if ([...entry.title.trim()].length > THOUGHT_REPORT_TITLE_MAX) report(`${path}.title`, `思想汇报题目不能超过 ${THOUGHT_REPORT_TITLE_MAX} 个字。`);
  });
}
