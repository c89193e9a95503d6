import { addMonths, isValidDate } from '../dates';
import type { RuleGroups } from '../rules/rule-types';
import type { MemberRecord } from './member';
import { isOnRoster } from './roster-periods';

/**
 * 流动党员 / 外出党员 (党员教育管理工作条例 2019, 第二十五条; domain-rules.md "Members leaving,
 * moving and away"): a member away for study, work or aid (进修、援疆、外派) keeps the
 * relationship with the branch. From the first day to the last the branch does not expect them
 * at meetings (they may still attend, and are then added to the meeting's list); how they pay
 * dues meanwhile is recorded. Away 6 months or more (the rule set's awayTransferMonths) in a
 * fixed place, the relationship should be transferred instead: the screens say so.
 */
export const DUES_ARRANGEMENTS = ['branch', 'prepaid', 'destination'] as const;
export type DuesArrangement = (typeof DUES_ARRANGEMENTS)[number];

export const DUES_ARRANGEMENT_LABELS: Record<DuesArrangement, string> = {
  branch: '仍按月向本支部交纳',
  prepaid: '外出前预交',
  destination: '向流入地党组织交纳（凭流动党员活动证）',
};

export interface MemberAbsence {
  id: string;
  /** YYYY-MM-DD, the first day away. */
  from: string;
  /** YYYY-MM-DD, the last day away; '' while the return date is not known. */
  until: string;
  /** Where: the place and organisation (e.g. 北京协和医院心内科进修). */
  place: string;
  /** 进修、援疆、学习 … */
  reason: string;
  /** 流动党员活动证 number, when one was issued. */
  certificate: string;
  duesArrangement: DuesArrangement;
  duesNote: string;
}

export type AbsenceForm = Omit<MemberAbsence, 'id'>;

const absencesOf = (member: Pick<MemberRecord, 'absences'>) => member.absences ?? [];

/** Away on this day (from the first day through the last, or open-ended). */
export function isAwayOn(member: Pick<MemberRecord, 'absences'>, date: string): boolean {
  return absencesOf(member).some((absence) => absence.from <= date && (absence.until === '' || date <= absence.until));
}

/** The absence running on this day, if any. */
export function absenceOn(member: Pick<MemberRecord, 'absences'>, date: string): MemberAbsence | undefined {
  return absencesOf(member).find((absence) => absence.from <= date && (absence.until === '' || date <= absence.until));
}

/**
 * Whether an absence reaches the rule's months (6 by default) by its last day, or by `today`
 * while open: the relationship should then be transferred rather than kept here.
 */
export function reachesTransferMonths(absence: Pick<MemberAbsence, 'from' | 'until'>, today: string, rules: RuleGroups): boolean {
  const end = absence.until === '' ? today : absence.until;
  return end >= addMonths(absence.from, rules.branch.awayTransferMonths.value);
}

/** Why an absence cannot be recorded for this member, in Chinese, or null. */
export function absenceError(member: MemberRecord, absence: AbsenceForm, replacing?: string): string | null {
  if (!isValidDate(absence.from)) return '请填写有效的外出日期。';
  if (absence.until !== '' && !isValidDate(absence.until)) return '返回日期无效：请填写有效日期，返回日期未定的留空。';
  if (absence.until !== '' && absence.until < absence.from) return '返回日期不能早于外出日期。';
  if (absence.place.trim().length < 2) return '请填写外出地点（流入地或单位，至少 2 个字）。';
  if (!(DUES_ARRANGEMENTS as readonly string[]).includes(absence.duesArrangement)) return '请选择外出期间的党费交纳方式。';
  if (absence.place.length > 100 || absence.reason.length > 100 || absence.certificate.length > 50 || absence.duesNote.length > 200) return '外出地点、事由不超过 100 字，活动证编号不超过 50 字，党费说明不超过 200 字。';
  if (!isOnRoster(member, absence.from)) return `${member.name}在 ${absence.from} 不在本支部名册中。`;
  const overlapping = absencesOf(member).find(
    (other) => other.id !== replacing && other.from <= (absence.until === '' ? '9999-12-31' : absence.until) && (other.until === '' || absence.from <= other.until),
  );
  if (overlapping) return `与已登记的外出（${overlapping.from} 起，${overlapping.place}）时间重叠。`;
  return null;
}
