import { useMemo } from 'react';
import { indexMeetings, type MeetingIndex } from '../../../../shared/meetings/compliance';
import type { MeetingRecord } from '../../../../shared/meetings/meeting-types';
import { useActiveRules } from '../../core/rules/active-rules';

/** The branch's meetings indexed once per change, for the grid, the reminders and the ledger. */
export function useMeetingIndex(meetings: readonly MeetingRecord[] | undefined): MeetingIndex | undefined {
  const { ruleSet } = useActiveRules();
  return useMemo(() => (meetings ? indexMeetings(meetings, ruleSet.rules.meetings) : undefined), [meetings, ruleSet]);
}
