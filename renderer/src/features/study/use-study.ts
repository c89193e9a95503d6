import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { BranchRecord } from '../../../../shared/branch/branch';
import type { MemberRecord } from '../../../../shared/members/member';
import type { MeetingRecord } from '../../../../shared/meetings/meeting-types';
import { studyLedger, type StudyLedger } from '../../../../shared/study/study-ledger';
import type { NoteConfirmationRecord } from '../../../../shared/study/note-confirmation';
import type { StudyNotebookRecord } from '../../../../shared/study/study-types';
import { useToday } from '../../core/today';
import { useOwnBranch } from '../branch/hooks';
import { useMeetings } from '../meetings/hooks';
import { useMembers } from '../members/hooks';
import { useActiveRules } from '../../core/rules/active-rules';
import { useInstallation } from '../../core/installation/use-installation';
import { notebookRepository } from './data/notebook-repository';

/** The central office's confirmations of the branch's excellent notes, by note id, live; undefined while loading. */
export function useNoteConfirmations(): Map<string, NoteConfirmationRecord> | undefined {
  const { ownerId } = useInstallation();
  return useLiveQuery(() => notebookRepository.confirmations(ownerId), [ownerId]);
}

/** The branch's live notebooks, all years; undefined while loading. */
export function useNotebooks(): StudyNotebookRecord[] | undefined {
  const { ownerId } = useInstallation();
  return useLiveQuery(() => notebookRepository.list(ownerId), [ownerId]);
}

export interface StudyData {
  branch: BranchRecord;
  members: MemberRecord[];
  meetings: MeetingRecord[];
  notebooks: StudyNotebookRecord[];
  /** The central office's confirmations of excellent notes, by note id. */
  confirmations: ReadonlyMap<string, NoteConfirmationRecord>;
  ledger: StudyLedger;
  today: string;
}

/**
 * Everything the study screens show for a year, the ledger recomputed from the stored
 * notebooks and meetings whenever either changes; undefined while loading.
 */
export function useStudyData(year: number): StudyData | undefined {
  const branch = useOwnBranch();
  const members = useMembers();
  const meetings = useMeetings();
  const notebooks = useNotebooks();
  const confirmations = useNoteConfirmations();
  const { ruleSet } = useActiveRules();
  const today = useToday();
  return useMemo(() => {
    if (!branch || !members || !meetings || !notebooks || !confirmations) return undefined;
    const ledger = studyLedger({ branch, members, notebooks, meetings, year, today, rules: ruleSet.rules });
    return { branch, members, meetings, notebooks, confirmations, ledger, today };
  }, [branch, members, meetings, notebooks, confirmations, ruleSet, today, year]);
}
