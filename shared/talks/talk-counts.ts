import { countKey, type MeetingCounts } from '../meetings/compliance';
import type { MeetingType } from '../meetings/meeting-types';
import { periodOf } from '../meetings/periods';
import { FREQUENCY_PERIODS } from '../rules/rule-types';
import { COVERAGE_TALK_KINDS, type TalkRecord } from './talk';

/** The meeting type the talk records stand for (谈心谈话). */
export const TALK_MEETING_TYPE = 'heartToHeartTalk' satisfies MeetingType;

/** Whether a talk counts as a 谈心谈话 held: face to face (函询 is kept but talks with no one), not deleted. */
export function isCountedTalk(talk: TalkRecord): boolean {
  return !talk.deleted && COVERAGE_TALK_KINDS.includes(talk.kind);
}

/** The 谈心谈话 count keys (`heartToHeartTalk||<period>`) of the periods of every kind a talk falls in. */
export function talkCountKeys(talk: Pick<TalkRecord, 'date'>): string[] {
  return FREQUENCY_PERIODS.map((per) => countKey(TALK_MEETING_TYPE, '', periodOf(per, talk.date).key));
}

/**
 * The counted talks that fall in one of the given units (count keys of 谈心谈话 rule periods),
 * and which units they fall in: where a unit has talks, its legacy meetings are not counted.
 */
export function talksInUnits(talks: readonly TalkRecord[], units: ReadonlySet<string>): { ids: string[]; units: Set<string> } {
  const ids: string[] = [];
  const talked = new Set<string>();
  for (const talk of talks) {
    if (!isCountedTalk(talk)) continue;
    // Units do not overlap (several kinds only where the office changed the rule), so a talk falls in one at most.
    const unit = talkCountKeys(talk).find((key) => units.has(key));
    if (unit === undefined) continue;
    ids.push(talk.id);
    talked.add(unit);
  }
  return { ids, units: talked };
}

/**
 * The 三会一课 counts with 谈心谈话 counted from the talk records (schema v12: one per talk):
 * each counted talk once in each period it falls in. Meetings recorded as 谈心谈话 before the
 * 谈心谈话 tab existed (legacy records) still count for a period that has no talk record, and
 * never beside one: where a period has talks, they replace its meetings' count, so nothing is
 * counted twice. Idempotent (an index already given the talks may be given them again).
 */
export function withTalkCounts<T extends MeetingCounts>(index: T, talks: readonly TalkRecord[]): T {
  const fromTalks = new Map<string, number>();
  for (const talk of talks) {
    if (!isCountedTalk(talk)) continue;
    for (const key of talkCountKeys(talk)) fromTalks.set(key, (fromTalks.get(key) ?? 0) + 1);
  }
  if (fromTalks.size === 0) return index;
  const counts = new Map(index.counts);
  for (const [key, held] of fromTalks) counts.set(key, { onTime: held, late: 0 });
  return { ...index, counts };
}
