import { useMemo } from 'react';
import { indexMeetings, type MeetingIndex } from '../../../../shared/meetings/compliance';
import type { MeetingRecord } from '../../../../shared/meetings/meeting-types';
import type { TalkRecord } from '../../../../shared/talks/talk';
import { withTalkCounts } from '../../../../shared/talks/talk-counts';

/**
 * The branch's meetings indexed once per change (under every kind of rule period), for the grid, the reminders and the ledger.
 * With the talk records, 谈心谈话 is counted from them (the yearly grid); undefined while they load; null: meetings only.
 */
export function useMeetingIndex(meetings: readonly MeetingRecord[] | undefined, talks: readonly TalkRecord[] | null | undefined): MeetingIndex | undefined {
  return useMemo(() => {
    if (!meetings || talks === undefined) return undefined;
    const index = indexMeetings(meetings);
    return talks === null ? index : withTalkCounts(index, talks);
  }, [meetings, talks]);
}
