import { countKey, type MeetingCounts } from '../meetings/compliance';
import { periodOf } from '../meetings/periods';
import { FREQUENCY_PERIODS } from '../rules/rule-types';
import { COVERAGE_TALK_KINDS, type TalkRecord } from './talk';

const TALK_TYPE = 'heartToHeartTalk';

/**
 * The 三会一课 counts with 谈心谈话 counted from the talk records (schema v12: one per talk)
 * instead of meetings of that type, which the 谈心谈话 tab replaced: each face-to-face talk
 * counts once in each period it falls in (函询 is kept but talks with no one). Meetings
 * recorded as 谈心谈话 before it still count in the months' totals (they were held), not here.
 */
export function withTalkCounts<T extends MeetingCounts>(index: T, talks: readonly TalkRecord[]): T {
  const counts = new Map([...index.counts].filter(([key]) => !key.startsWith(`${TALK_TYPE}|`)));
  for (const talk of talks) {
    if (talk.deleted || !COVERAGE_TALK_KINDS.includes(talk.kind)) continue;
    for (const per of FREQUENCY_PERIODS) {
      const key = countKey(TALK_TYPE, '', periodOf(per, talk.date).key);
      const held = counts.get(key);
      counts.set(key, { onTime: (held?.onTime ?? 0) + 1, late: held?.late ?? 0 });
    }
  }
  return { ...index, counts };
}
