import Dexie, { type Table } from 'dexie';
import type { BranchDuesStanding } from '../../../shared/dues/branch-dues';
import type { MeetingCounts } from '../../../shared/meetings/compliance';
import type { OrgLife } from '../../../shared/meetings/org-life';
import { DATABASE_NAME, derivedDatabaseName } from './database-name';

/**
 * What the central office keeps of one branch so that its overview need not read the
 * branch's records: figures made from them, valid while no package of the branch has been
 * imported since (`receivedSeq`). The dues standing is kept for the month it was made in (a later
 * day of that month redoes only its remittance reminder, standingLaterInMonth).
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
 * One branch's figures for one screen and scope (kept-figures.ts): a 统计报表 row, the
 * 考核 figures of a period. Valid while the branch's `version` (what was imported from it and
 * written for it, the app and schema version) and the `scope` (period, today, rules) match.
 */
export interface KeptFiguresRow {
  /** `${branchId}|${slot}`: one row per branch and slot (a table and period); a new day or rule set overwrites it. */
  key: string;
  branchId: string;
  scope: string;
  version: string;
  value: unknown;
}

/**
 * Figures derived from the ledger, kept apart from it: never synced, never backed up,
 * never migrated. Losing this database loses nothing; its rows are made again from the
 * records on the next read. A database of its own, so that a new kind of figure is a new
 * version here, not a schema version of the ledger with its fixtures and upgrades.
 */
export class DerivedDatabase extends Dexie {
  branchCounts!: Table<BranchCountsRow, string>;
  keptFigures!: Table<KeptFiguresRow, string>;

  constructor(ledgerName: string = DATABASE_NAME) {
    super(derivedDatabaseName(ledgerName));
    this.version(1).stores({ branchCounts: 'branchId' });
    this.version(2).stores({ keptFigures: 'key, branchId' });
  }
}
