import { useCallback, useEffect, useRef, useState } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { MeetingRecord } from '../../../../shared/meetings/meeting-types';
import type { MeetingContentFields } from '../../../../shared/meetings/new-meeting';
import { writeFailure } from '../../db/write-failure';
import { draftRepository } from './data/draft-repository';
import { meetingRepository } from './data/meeting-repository';

/** How long typing must pause before the draft is written: short enough that a crash loses a few keystrokes at most. */
const DRAFT_DELAY_MS = 400;

export interface LoadedMeeting {
  content: MeetingContentFields;
  /** The stored meeting, absent for one not yet saved. */
  stored: MeetingRecord | undefined;
  /** When the content comes from a draft left unsaved: the instant it was last written. */
  restoredDraftAt: string | undefined;
}

/** What the editor tells the user about the draft: nothing written yet, written at an instant, or a write that failed. */
export type DraftSaveState = { status: 'idle' } | { status: 'saved'; at: string } | { status: 'failed'; message: string };

/**
 * The draft's state, read by the few elements that show it (useDraftSaveState) rather than held
 * by the editor: every pause in typing writes the draft, and a form of a hundred attendees drawn
 * again each time made typing stutter and could fall inside a 保存 (issue #16 item 12). Each
 * state replaces the last whole (setState's `true`), so a failure's message never outlives it.
 */
export type DraftSaveStore = StoreApi<DraftSaveState>;

export function useDraftSaveState(store: DraftSaveStore): DraftSaveState {
  return useStore(store);
}

/**
 * The meeting being edited, from its draft when one was left (a crash, a closed window)
 * or else from the stored record, and a saver that writes every pause in typing to the
 * draft store. Pending writes are flushed when the editor closes or the page hides.
 */
export function useMeetingDraft(id: string, branchId: string) {
  const [loaded, setLoaded] = useState<LoadedMeeting | null | undefined>();
  const pending = useRef<MeetingContentFields | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const isNew = useRef(true);
  const [saveState] = useState(() => createStore<DraftSaveState>(() => ({ status: 'idle' })));

  useEffect(() => {
    let cancelled = false;
    void Promise.all([draftRepository.get(id), meetingRepository.get(id)]).then(([draft, stored]) => {
      if (cancelled) return;
      isNew.current = !stored;
      if (draft) setLoaded({ content: draft.content, stored, restoredDraftAt: draft.untouched ? undefined : draft.savedAt });
      else if (stored) setLoaded({ content: stored, stored, restoredDraftAt: undefined });
      else setLoaded(null);
    });
    return () => {
      cancelled = true;
    };
  }, [id]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const content = pending.current;
    if (!content) return;
    pending.current = null;
    const savedAt = new Date().toISOString();
    try {
      await draftRepository.save({ id, branchId, isNew: isNew.current, content, savedAt });
      saveState.setState({ status: 'saved', at: savedAt }, true);
    } catch (error) {
      // Kept for the next pause in typing, unless newer typing replaced it meanwhile.
      pending.current ??= content;
      saveState.setState({ status: 'failed', message: `草稿未能自动保存：${(writeFailure(error) as Error).message}` }, true);
    }
  }, [id, branchId, saveState]);

  const schedule = useCallback(
    (content: MeetingContentFields) => {
      pending.current = content;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DRAFT_DELAY_MS);
    },
    [flush],
  );

  /** Forgets typing not yet written, for when the draft is about to be saved as the record or discarded. */
  const cancelPending = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = null;
  }, []);

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  return { loaded, schedule, flush, cancelPending, saveState };
}
