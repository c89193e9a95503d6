import Dexie, { type Table } from 'dexie';
import type { BranchDuesStanding } from '../../../shared/dues/branch-dues';
import type { MeetingCounts } from '../../../shared/meetings/compliance';
import type { OrgLife } from '../../../shared/meetings/org-life';
import { DATABASE_NAME } from './database';

/**
 * What the central office keeps of one branch so that its overview need not read the
 * branch's records: figures made from them, valid while no package of the branch has been
 * imported since (`receivedSeq`). Today's dues standing is kept for the day it was made.
 */
export interface BranchCountsRow {
  branchId: string;
  receivedSeq: number;
  memberCount: number;
  meetingCount: number;
  meetings: MeetingCounts;
  orgLife: OrgLife;
  dues?: { today: string; rulesKey: string; standing: BranchDuesStanding };
}

/**
 * Figures derived from the ledger, kept apart from it: never synced, never backed up,
 * never migrated. Losing this database loses nothing; its rows are made again from the
 * records on the next read. A database of its own, so that a new kind of figure is a new
 * version here, not a schema version of the ledger with its fixtures and upgrades.
 */
export class DerivedDatabase extends Dexie {
  branchCounts!: Table<BranchCountsRow, string>;

  constructor(ledgerName: string = DATABASE_NAME) {
    super(`${ledgerName}-derived`);
    this.version(1).stores({ branchCounts: 'branchId' });
  }
}
