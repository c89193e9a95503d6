import { isValidDate } from '../dates';
import type { BaseRecord } from '../records/base-record';

/**
 * What a member did beyond meetings and study that the 积分 counts: volunteer service (hours)
 * and a duty on a 党员先锋岗 or 示范岗 (once per record). Written only by the branch; travels in
 * its 报送包 so the office can read the branch's 积分 ranking.
 */
export const ACTIVITY_KINDS = ['volunteer', 'pioneerPost', 'modelPost'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  volunteer: '志愿服务',
  pioneerPost: '党员先锋岗',
  modelPost: '党员示范岗',
};

export interface MemberActivityRecord extends BaseRecord {
  memberId: string;
  kind: ActivityKind;
  /** YYYY-MM-DD */
  date: string;
  /** 义诊进社区, 急诊科党员先锋岗 … */
  title: string;
  /** Volunteer hours; 0 for a post. */
  hours: number;
  note: string;
}

export type MemberActivityContent = Omit<MemberActivityRecord, keyof BaseRecord>;

/** Why an activity cannot be stored, in Chinese, or null. */
export function activityError(activity: MemberActivityContent, today: string): string | null {
  if (!activity.memberId) return '请选择党员。';
  if (!(ACTIVITY_KINDS as readonly string[]).includes(activity.kind)) return '请选择活动类别（志愿服务、党员先锋岗或党员示范岗）。';
  if (!isValidDate(activity.date)) return '请填写有效的日期。';
  if (activity.date > today) return `日期 ${activity.date} 晚于今天，不能登记尚未发生的活动。`;
  if (activity.title.trim().length < 2) return '请填写活动名称（至少 2 个字）。';
  if (activity.title.length > 100 || activity.note.length > 500) return '活动名称不超过 100 字，备注不超过 500 字。';
  if (activity.kind === 'volunteer') {
    const { hours } = activity;
    if (!Number.isFinite(hours) || hours <= 0 || hours > 24 || Math.abs(Math.round(hours * 2) - hours * 2) > 1e-9) return '志愿服务时长应为 0.5 至 24 小时，以半小时计。';
  } else if (activity.hours !== 0) {
    return '先锋岗、示范岗按次计分，不填时长。';
  }
  return null;
}
