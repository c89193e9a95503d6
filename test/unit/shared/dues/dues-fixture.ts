import type { MemberDuesInput } from '../../../../shared/dues/dues-ledger';
import { EMPTY_INCOME, type DuesBaseRecord, type DuesMonthEntry, type DuesPaymentRecord, type IncomeFen } from '../../../../shared/dues/dues-types';
import { NATIONAL_RULE_SET } from '../../../../shared/rules/rule-set';

export const RULES = NATIONAL_RULE_SET.rules.dues;

const stamp = { branchId: 'branch-1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deleted: false };

let sequence = 0;

/** 元 with up to two decimals → 分, exactly (no floating point: from the string). */
export function fen(yuan: string): number {
  const [whole, cents = ''] = yuan.split('.');
  return Number(whole) * 100 + Number(cents.padEnd(2, '0'));
}

/** An employed base whose whole income is 岗位工资. */
export function base(patch: Partial<DuesBaseRecord> = {}, income: Partial<IncomeFen> = {}): DuesBaseRecord {
  sequence += 1;
  return {
    ...stamp,
    id: `base-${sequence}`,
    memberId: 'member-1',
    year: 2026,
    fromMonth: 1,
    category: 'employed',
    hardship: null,
    note: '',
    ...patch,
    income: { ...EMPTY_INCOME, ...income },
  };
}

export const employedOn = (monthlyFen: number, patch: Partial<DuesBaseRecord> = {}) => base(patch, { postSalaryFen: monthlyFen });

/** A payment record with entries at the given months (1–12). */
export function payment(year: number, entries: Record<number, DuesMonthEntry>, patch: Partial<DuesPaymentRecord> = {}): DuesPaymentRecord {
  sequence += 1;
  return {
    ...stamp,
    id: `payment-${sequence}`,
    memberId: 'member-1',
    year,
    months: Array.from({ length: 12 }, (_, index) => entries[index + 1] ?? null),
    ...patch,
  };
}

export const paid = (dueFen: number, paidOn = '2026-01-10', paidFen = dueFen): DuesMonthEntry => ({ dueFen, paidFen, paidOn, method: 'cash' });

export function member(patch: Partial<MemberDuesInput> = {}): MemberDuesInput {
  return { memberId: 'member-1', owedFrom: null, owedThrough: null, bases: [employedOn(fen('4000'))], payments: [], ...patch };
}
