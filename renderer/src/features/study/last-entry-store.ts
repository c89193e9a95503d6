import { create } from 'zustand';
import type { StudyNoteInput } from '../../../../shared/study/study-types';

/** What the next note starts from: the secretary types twenty notebooks of one material in a row. */
export type EntryDefaults = Pick<StudyNoteInput, 'date' | 'materialTitle' | 'kind' | 'hours' | 'form'>;

interface LastEntryStore {
  last: EntryDefaults | undefined;
  remember(entry: EntryDefaults): void;
}

/** The last material entered, for this session of the app. */
export const useLastEntry = create<LastEntryStore>((set) => ({
  last: undefined,
  remember: (entry) => set({ last: entry }),
}));
