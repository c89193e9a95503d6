import { isValidDate } from '../dates';
import type { BaseRecord } from '../records/base-record';

/** 党建+业务: what hospital branches do beyond the 三会一课 (挖掘党建+业务内涵, 一支部一品牌). */
export const ACTIVITY_KINDS = ['pairing', 'volunteer', 'freeClinic', 'pioneerPost', 'secretaryRounds', 'brand', 'other'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  pairing: '结对共建',
  volunteer: '志愿服务',
  freeClinic: '义诊',
  pioneerPost: '党员先锋岗/示范岗',
  secretaryRounds: '书记党建查房',
  brand: '品牌活动',
  other: '其他',
};

/** One 党建+业务 activity of a branch, written only by the branch, with its photos as attachments it owns. */
export interface ActivityRecord extends BaseRecord {
  kind: ActivityKind;
  date: string;
  title: string;
  /** Members who took part, by id. */
  memberIds: string[];
  /** 共建单位 / 服务对象: the partner unit, for 结对共建, 志愿服务 and 义诊; may be empty. */
  partnerUnit: string;
  description: string;
  attachmentIds: string[];
}

export type ActivityInput = Pick<ActivityRecord, 'kind' | 'date' | 'title' | 'memberIds' | 'partnerUnit' | 'description' | 'attachmentIds'>;

export const ACTIVITY_LIMITS = { title: 60, partnerUnit: 60, description: 2000 } as const;

/** What is wrong with an activity as typed, in Chinese, field by field; empty when it may be saved. */
export function activityErrors(input: ActivityInput, today: string): Partial<Record<keyof ActivityInput, string>> {
  const errors: Partial<Record<keyof ActivityInput, string>> = {};
  if (!ACTIVITY_KINDS.includes(input.kind)) errors.kind = '请选择活动类别。';
  if (!isValidDate(input.date)) errors.date = '请填写活动日期（如 2026-05-12）。';
  else if (input.date > today) errors.date = '活动日期不能晚于今天：请在活动之后登记。';
  const title = input.title.trim();
  if (!title) errors.title = '请填写活动名称。';
  else if ([...title].length > ACTIVITY_LIMITS.title) errors.title = `活动名称不能超过 ${ACTIVITY_LIMITS.title} 个字。`;
  if ([...input.partnerUnit.trim()].length > ACTIVITY_LIMITS.partnerUnit) errors.partnerUnit = `共建单位不能超过 ${ACTIVITY_LIMITS.partnerUnit} 个字。`;
  if ([...input.description.trim()].length > ACTIVITY_LIMITS.description) errors.description = `活动内容不能超过 ${ACTIVITY_LIMITS.description} 个字。`;
  if (input.memberIds.length === 0) errors.memberIds = '请选择参加活动的党员。';
  return errors;
}

/** A year's activities, newest first, with the count per kind (the yearly list the office sees). */
export function activitiesOfYear<T extends Pick<ActivityRecord, 'date' | 'kind' | 'deleted'>>(records: readonly T[], year: number): { list: T[]; byKind: Partial<Record<ActivityKind, number>> } {
  const list = records.filter((record) => !record.deleted && record.date.startsWith(`${year}-`)).sort((a, b) => b.date.localeCompare(a.date));
  const byKind: Partial<Record<ActivityKind, number>> = {};
  for (const record of list) byKind[record.kind] = (byKind[record.kind] ?? 0) + 1;
  return { list, byKind };
}

/** 一支部一品牌: the branch's Party-building brand, kept on its branch record (BranchRecord.brand). */
export interface BranchBrand {
  name: string;
  description: string;
}

export const BRAND_LIMITS = { name: 30, description: 1000 } as const;

/** What is wrong with a brand as typed, in Chinese, field by field; empty when it may be saved. */
export function brandErrors(input: BranchBrand): Partial<Record<keyof BranchBrand, string>> {
  const errors: Partial<Record<keyof BranchBrand, string>> = {};
  const name = input.name.trim();
  if (!name) errors.name = '请填写品牌名称。';
  else if ([...name].length > BRAND_LIMITS.name) errors.name = `品牌名称不能超过 ${BRAND_LIMITS.name} 个字。`;
  if ([...input.description.trim()].length > BRAND_LIMITS.description) errors.description = `品牌简介不能超过 ${BRAND_LIMITS.description} 个字。`;
  return errors;
}

/** One branch's line in the office's yearly list: its brand and how many activities of each kind. */
export interface BranchActivityYear {
  branchId: string;
  branchName: string;
  brand?: BranchBrand;
  total: number;
  byKind: Partial<Record<ActivityKind, number>>;
}

/** The office's yearly list: every branch given, in the order given, with its activities of the year counted. */
export function activityYearByBranch(
  branches: readonly { id: string; name: string; brand?: BranchBrand }[],
  activities: readonly Pick<ActivityRecord, 'branchId' | 'date' | 'kind' | 'deleted'>[],
  year: number,
): BranchActivityYear[] {
  const byBranch = new Map<string, Pick<ActivityRecord, 'branchId' | 'date' | 'kind' | 'deleted'>[]>();
  for (const activity of activities) {
    const list = byBranch.get(activity.branchId);
    if (list) list.push(activity);
    else byBranch.set(activity.branchId, [activity]);
  }
  return branches.map((branch) => {
    const { list, byKind } = activitiesOfYear(byBranch.get(branch.id) ?? [], year);
    return { branchId: branch.id, branchName: branch.name, brand: branch.brand, total: list.length, byKind };
  });
}
