import type { BranchRecord } from '../../../../../shared/branch/branch';
import type { MonthlyReportRecord, MonthlyReportReturnRecord } from '../../../../../shared/statistics/monthly-report';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';

/** The branches with their reports and the office's 回执, by report id: what both PCs' screens and 首页 read. */
export interface MonthlyReportBook {
  branches: BranchRecord[];
  reports: MonthlyReportRecord[];
  returns: Map<string, MonthlyReportReturnRecord>;
}

const live = <T extends { deleted: boolean }>(rows: T[]): T[] => rows.filter((row) => !row.deleted);

/**
 * Every report and 回执 on this PC (a branch PC: its own; the office: every branch's). A few
 * a month per branch, so read whole; in one transaction, so an import is seen whole.
 */
export function createMonthlyReportReads(db: LedgerDatabase) {
  return {
    book(): Promise<MonthlyReportBook> {
      return db.transaction('r', [db.branches, db.monthlyReports, db.monthlyReportReturns], async () => {
        const [branches, reports, returns] = await Promise.all([db.branches.toArray(), db.monthlyReports.toArray(), db.monthlyReportReturns.toArray()]);
        return {
          branches: live(branches).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
          reports: live(reports),
          returns: new Map(live(returns).map((row) => [row.id, row])),
        };
      });
    },
  };
}

export const monthlyReportReads = createMonthlyReportReads(ledgerDb);
