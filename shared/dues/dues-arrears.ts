import type { DuesRules } from '../rules/rule-set';
import { isMissed, ledgerMonth, monthRange, type DuesLedgerMonth, type MemberDuesInput } from './dues-ledger';
import { addMonthsToKey, monthOfDate, type MonthKey } from './months';

/**
 * The window a member is judged over: from the later of the ledger's start (the month the
 * branch began keeping dues in the app; earlier months are simply not known) and the
 * month the member began to owe, through a given month.
 */
export interface JudgedPeriod {
  since: MonthKey;
  through: MonthKey;
}

/** The last month that is over: the current month can still be paid, so it is never in arrears. */
export function lastCompletedMonth(today: string): MonthKey {
  const current = monthOfDate(today);
  if (!current) throw new RangeError(`日期无效：“${today}”，格式应为 YYYY-MM-DD。`);
  return addMonthsToKey(current, -1);
}

export function judgedMonths(input: MemberDuesInput, period: JudgedPeriod): MonthKey[] {
  const from = input.owedFrom !== null && input.owedFrom > period.since ? input.owedFrom : period.since;
  const through = input.owedThrough !== null && input.owedThrough < period.through ? input.owedThrough : period.through;
  return monthRange(from, through);
}

export interface MemberArrears {
  memberId: string;
  /** The months owed and not (fully) paid, oldest first. */
  months: DuesLedgerMonth[];
  outstandingFen: number;
  /** Of those, months with no base: their amount is unknown and not in outstandingFen. */
  unknownAmountMonths: number;
}

/** Months due and unpaid in the period, and what is still owed for them. */
export function memberArrears(input: MemberDuesInput, period: JudgedPeriod, rules: DuesRules): MemberArrears {
  const months = judgedMonths(input, period)
    .map((key) => ledgerMonth(input, key, rules))
    .filter((line) => isMissed(line.status));
  return {
    memberId: input.memberId,
    months,
    outstandingFen: months.reduce((sum, line) => sum + line.outstandingFen, 0),
    unknownAmountMonths: months.filter((line) => line.status === 'noBase').length,
  };
}
