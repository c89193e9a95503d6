import type { DuesPaymentWrite } from '../../../../../shared/dues/dues-payments';
import type { DuesBaseRecord, DuesPaymentRecord, DuesRemittanceRecord } from '../../../../../shared/dues/dues-types';
import { validateDuesBase, type DuesBaseInput } from '../../../../../shared/dues/dues-validation';
import { remittanceErrors, type DuesRemittanceInput } from '../../../../../shared/dues/remittance-validation';
import type { DuesRules } from '../../../../../shared/rules/rule-set';
import type { LedgerDatabase } from '../../../db/database';
import { ledgerDb } from '../../../db/ledger-db';
import { createRecordRepository, type RecordRepositoryOptions } from '../../../db/record-repository';
import { withOperator } from '../../../core/preferences/preferences-repository';

/** Bad input, with every reason in Chinese; nothing was stored. */
export class DuesInputError extends Error {
  constructor(readonly reasons: string[]) {
    super(reasons.join(''));
    this.name = 'DuesInputError';
  }
}

export interface BranchDuesRecordSet {
  bases: DuesBaseRecord[];
  payments: DuesPaymentRecord[];
  remittances: DuesRemittanceRecord[];
}

/** The dues ledger's three stores, each write audited through the record repository. */
export function createDuesRepository(db: LedgerDatabase, options?: Partial<RecordRepositoryOptions>) {
  const withActor = withOperator(db, options);
  const bases = createRecordRepository(db, 'duesBases', withActor);
  const payments = createRecordRepository(db, 'duesPayments', withActor);
  const remittances = createRecordRepository(db, 'duesRemittances', withActor);

  return {
    /** Everything the branch's ledger is built from, without deleted records. */
    async list(branchId: string): Promise<BranchDuesRecordSet> {
      const [b, p, r] = await Promise.all([bases.listByBranch(branchId), payments.listByBranch(branchId), remittances.listByBranch(branchId)]);
      return { bases: b, payments: p, remittances: r };
    },

    /** A new base (id absent) or a correction of a stored one; refused whole when any field is wrong. */
    async saveBase(branchId: string, input: DuesBaseInput, rules: DuesRules, id?: string): Promise<DuesBaseRecord> {
      const errors = Object.values(validateDuesBase(input, rules)).filter((message): message is string => !!message);
      if (errors.length > 0) throw new DuesInputError(errors);
      return id ? bases.update(id, input) : bases.create(branchId, input);
    },

    removeBase: (id: string): Promise<void> => bases.remove(id),

    /** The writes one entry produced (one cell, a quarter, or 本月全部已交), in one transaction. */
    async applyPayments(branchId: string, writes: readonly DuesPaymentWrite[]): Promise<void> {
      const adds = writes.flatMap((write) => (write.kind === 'create' ? [write.input] : []));
      const updates = writes.flatMap((write) => (write.kind === 'update' ? [{ id: write.record.id, patch: write.patch }] : []));
      await payments.importMany(branchId, { adds, updates });
    },

    /** 标记已上缴: one record per quarter; marking again corrects the stored one. */
    async markRemitted(branchId: string, input: DuesRemittanceInput, today: string): Promise<DuesRemittanceRecord> {
      const errors = remittanceErrors(input, today);
      if (errors.length > 0) throw new DuesInputError(errors);
      const stored = (await remittances.listByBranch(branchId)).find((r) => r.year === input.year && r.quarter === input.quarter);
      return stored ? remittances.update(stored.id, input) : remittances.create(branchId, input);
    },

    /** 撤销上缴: the quarter is due again; the audit log keeps what was recorded. */
    removeRemittance: (id: string): Promise<void> => remittances.remove(id),
  };
}

export type DuesRepository = ReturnType<typeof createDuesRepository>;

export const duesRepository = createDuesRepository(ledgerDb);
