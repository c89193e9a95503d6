import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
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

/**
 * Records just written by this screen (the editor's 保存), kept until their view opens:
 * it opens with the record in hand instead of a skeleton while the
 * database is read again for what was just written.
 */
const justSaved = new Map<string, MeetingRecord>();

/** The editor hands over the record it saved, for the view it opens next. */
export function rememberSaved(record: MeetingRecord): void {
  justSaved.set(record.id, record);
}

/** One meeting, live; null once loaded and not found. Starts from a record just saved, if any. */
export function useMeeting(id: string): MeetingRecord | null | undefined {
  const [initial] = useState(() => justSaved.get(id));
  const meeting = useLiveQuery(async () => (await meetingRepository.get(id)) ?? null, [id], initial);
  // Handed over once: a later visit never starts from a record edited since.
  useEffect(() => {
    justSaved.delete(id);
  }, [id]);
  return meeting;
}
