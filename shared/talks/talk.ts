import { isValidDate } from '../dates';
import type { BaseRecord } from '../records/base-record';

/**
 * 谈心谈话 as records of their own (支部工作条例 2018, 第五章; domain-rules.md "Talks"): one talk
 * on one day between the people who held it (谈话人, usually the secretary or a committee member)
 * and one or more members (谈话对象). Written only by the branch; travels in its 报送包.
 */
export const TALK_KINDS = ['heartToHeart', 'reminder', 'admonition', 'inquiry', 'other'] as const;
export type TalkKind = (typeof TALK_KINDS)[number];

export const TALK_KIND_LABELS: Record<TalkKind, string> = {
  heartToHeart: '谈心谈话',
  reminder: '提醒谈话',
  admonition: '诫勉谈话',
  inquiry: '函询',
  other: '其他',
};

/**
 * The kinds that count towards the yearly 谈心谈话 coverage: talks held face to face. A 函询 is a
 * written inquiry answered in writing, so it is kept on record but talks with no one.
 */
export const COVERAGE_TALK_KINDS: readonly TalkKind[] = ['heartToHeart', 'reminder', 'admonition', 'other'];

export interface TalkRecord extends BaseRecord {
  /** YYYY-MM-DD */
  date: string;
  kind: TalkKind;
  /** 谈话人: members of the branch (MemberRecord.id). */
  talkerIds: string[];
  /** 谈话对象: members of the branch (MemberRecord.id), one or more. */
  memberIds: string[];
  topic: string;
  notes: string;
}

export type TalkContent = Omit<TalkRecord, keyof BaseRecord>;

export const TALK_TOPIC_MAX = 100;
export const TALK_NOTES_MAX = 2000;

/** The content as it is stored: text trimmed, each person once. */
export function normalizedTalk(talk: TalkContent): TalkContent {
  return {
    ...talk,
    topic: talk.topic.trim(),
    notes: talk.notes.trim(),
    talkerIds: [...new Set(talk.talkerIds)],
    memberIds: [...new Set(talk.memberIds)],
  };
}

/** Why a talk cannot be stored, in Chinese, or null. `today` keeps talks out of the future. */
export function talkError(talk: TalkContent, today: string): string | null {
  if (!isValidDate(talk.date)) return '请填写有效的谈话日期。';
  if (talk.date > today) return `谈话日期 ${talk.date} 晚于今天，不能登记尚未进行的谈话。`;
  if (!(TALK_KINDS as readonly string[]).includes(talk.kind)) return '请选择谈话类别。';
  if (talk.talkerIds.length === 0) return '请选择谈话人。';
  if (talk.memberIds.length === 0) return '请选择谈话对象（至少 1 人）。';
  if (talk.talkerIds.some((id) => talk.memberIds.includes(id))) return '同一人不能既是谈话人又是谈话对象。';
  if (talk.topic.trim().length < 2) return '请填写谈话主题（至少 2 个字）。';
  if (talk.topic.length > TALK_TOPIC_MAX) return `谈话主题不超过 ${TALK_TOPIC_MAX} 字。`;
  if (talk.notes.length > TALK_NOTES_MAX) return `谈话记录不超过 ${TALK_NOTES_MAX} 字。`;
  return null;
}
