import type { DuesPaymentWrite } from '../../../../../shared/dues/dues-payments';
import { memberDuesInputs } from '../../../../../shared/dues/branch-dues';
import type { MemberRecord } from '../../../../../shared/members/member';
import type { YearSoFarStored } from '../../../../../shared/roster/year-so-far-import';
import type { DuesRules } from '../../../../../shared/rules/rule-set';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { changeLogTables } from '../../../db/change-log';
import type { RecordRepositoryOptions } from '../../../db/record-repository';
import { createDuesRepository } from '../../dues/data';
import { createNotebookRepository } from '../../study/data';

/** A year-so-far import as planned and confirmed. */
export interface YearSoFarImport {
  year: number;
  openingHours: readonly { memberId: string; hours: number; name: string }[];
  duesWrites: readonly DuesPaymentWrite[];
}

/**
 * The year so far (期初学时 and dues paid before the app) through the study and dues
 * repositories, so every value is audited and queued for sync like one typed in.
 */
export function createYearSoFarRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const notebooks = createNotebookRepository(db, options);
  const dues = createDuesRepository(db, options);

  return {
    /** What the plan is set against: the year's stored balances and every dues payer's ledger input. */
    async stored(branchId: string, year: number, members: readonly MemberRecord[], duesRules: DuesRules): Promise<YearSoFarStored> {
      const [books, records] = await Promise.all([notebooks.list(branchId), dues.list(branchId)]);
      const openingHours = new Map(books.flatMap((book) => (book.year === year && book.openingHours !== undefined ? [[book.memberId, book.openingHours] as const] : [])));
      const inputs = memberDuesInputs({ members, bases: records.bases, payments: records.payments });
      return { openingHours, duesInputs: new Map(inputs.map((input) => [input.memberId, input])), duesRules };
    },

    /** Balances and months in one transaction: all stored, or (a refused value, a full disk) none. */
    async importYearSoFar(branchId: string, { year, openingHours, duesWrites }: YearSoFarImport): Promise<void> {
      // The operator name is read from preferences by each write: it must be in the transaction too.
      await db.transaction('rw', [db.studyNotebooks, db.duesPayments, db.preferences, ...changeLogTables(db)], async () => {
        if (openingHours.length > 0) await notebooks.setOpeningHours(branchId, year, openingHours);
        if (duesWrites.length > 0) await dues.applyPayments(branchId, duesWrites);
      });
    },
  };
}

export const yearSoFarRepository = createYearSoFarRepository(ledgerDb);
