import { useMemo } from 'react';
import { indexMeetings, type MeetingIndex } from '../../../../shared/meetings/compliance';
import type { MeetingRecord } from '../../../../shared/meetings/meeting-types';

/** The branch's meetings indexed once per change (under every kind of rule period), for the grid, the reminders and the ledger. */
export function useMeetingIndex(meetings: readonly MeetingRecord[] | undefined): MeetingIndex | undefined {
  return useMemo(() => (meetings ? indexMeetings(meetings) : undefined), [meetings]);
}
