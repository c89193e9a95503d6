import type { BranchRecord } from '../../../../../shared/branch/branch';
import type { BranchStatRecords } from '../../../../../shared/statistics/stat-input';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';

const live = <T extends { deleted: boolean }>(rows: T[]): T[] => rows.filter((row) => !row.deleted);

function byBranch<T extends { branchId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.branchId);
    if (group) group.push(row);
    else groups.set(row.branchId, [row]);
  }
  return groups;
}

/**
 * The records the statistics are counted from, a set per branch: on a branch PC its own
 * branch, at the central office every branch its packages brought. Read in one transaction,
 * so the tables never mix records from before and after an import.
 */
export function createStatisticsRepository(db: LedgerDatabase) {
  return {
    async branchRecords(): Promise<BranchStatRecords[]> {
      const tables = [db.branches, db.members, db.meetings, db.studyNotebooks, db.duesBases, db.duesPayments, db.duesRemittances, db.memberAppraisals];
      return db.transaction('r', tables, async () => {
        const [branches, members, meetings, notebooks, bases, payments, remittances, appraisals] = await Promise.all([
          db.branches.toArray(),
          db.members.toArray(),
          db.meetings.toArray(),
          db.studyNotebooks.toArray(),
          db.duesBases.toArray(),
          db.duesPayments.toArray(),
          db.duesRemittances.toArray(),
          db.memberAppraisals.toArray(),
        ]);
        const groups = {
          members: byBranch(members),
          meetings: byBranch(live(meetings)),
          notebooks: byBranch(live(notebooks)),
          bases: byBranch(bases),
          payments: byBranch(payments),
          remittances: byBranch(remittances),
          appraisals: byBranch(live(appraisals)),
        };
        return live(branches)
          .sort((a: BranchRecord, b: BranchRecord) => a.name.localeCompare(b.name, 'zh-CN'))
          .map((branch) => ({
            branch,
            members: groups.members.get(branch.id) ?? [],
            meetings: groups.meetings.get(branch.id) ?? [],
            notebooks: groups.notebooks.get(branch.id) ?? [],
            duesBases: groups.bases.get(branch.id) ?? [],
            duesPayments: groups.payments.get(branch.id) ?? [],
            duesRemittances: groups.remittances.get(branch.id) ?? [],
            appraisals: groups.appraisals.get(branch.id) ?? [],
          }));
      });
    },
  };
}

export const statisticsRepository = createStatisticsRepository(ledgerDb);
