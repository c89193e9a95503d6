import { useLiveQuery } from 'dexie-react-hooks';
import type { MeetingDraft, MeetingRecord } from '../../../../shared/meetings/meeting-types';
import { useInstallation } from '../../core/installation/use-installation';
import { draftRepository } from './data/draft-repository';
import { meetingRepository } from './data/meeting-repository';

/** The branch's live meetings, re-read after every change; undefined while loading. */
export function useMeetings(): MeetingRecord[] | undefined {
  const { ownerId } = useInstallation();
  return useLiveQuery(() => meetingRepository.list(ownerId), [ownerId]);
}

/** Unfinished drafts of this branch, newest first. */
export function useMeetingDrafts(): MeetingDraft[] | undefined {
  const { ownerId } = useInstallation();
  return useLiveQuery(() => draftRepository.list(ownerId), [ownerId]);
}

/** One meeting, live; null once loaded and not found. */
export function useMeeting(id: string): MeetingRecord | null | undefined {
  return useLiveQuery(async () => (await meetingRepository.get(id)) ?? null, [id]);
}
