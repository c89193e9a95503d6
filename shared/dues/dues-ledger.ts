import type { MemberRecord } from '../members/member';
import type { DuesRules } from '../rules/rule-set';
import { awaySpanIn, paidElsewhereIn, type AwayDuesSpan } from './away-dues';
import { monthlyDuesFen } from './dues-amount';
import type { DuesBaseRecord, DuesMonthEntry, DuesPaymentRecord } from './dues-types';
import { addMonthsToKey, monthKey, monthOfDate, MONTHS_OF_YEAR, parseMonthKey, type MonthKey } from './months';

/** What the ledger knows about one member: everything any month's line is built from. */
export interface MemberDuesInput {
  memberId: string;
  /** First month owed (see duesOwedFrom); null when the join date is not recorded: every month is owed. */
  owedFrom: MonthKey | null;
  /** Last month owed: that of a transfer out or an ending (shared/members/roster-periods); null while on the roster. */
  owedThrough: MonthKey | null;
  /** This member's bases, any year, deleted ones included (they are skipped). */
  bases: readonly DuesBaseRecord[];
  /** This member's payment records, any year. */
  payments: readonly DuesPaymentRecord[];
  /** Periods away (外出党员) with their dues arrangement; absent or empty when never away. */
  away?: readonly AwayDuesSpan[];
}

/**
 * notOwed: before the member owed dues here; elsewhere: away, paying where they are (外出,
 * 向流入地党组织交纳), so not owed here; noBase: owed, but no base covers the month and
 * nothing is recorded, so the amount is unknown; waived: nothing owed (免交).
 */
export type DuesMonthStatus = 'notOwed' | 'elsewhere' | 'noBase' | 'waived' | 'unpaid' | 'partial' | 'paid';

export const DUES_MONTH_STATUS_LABELS: Record<DuesMonthStatus, string> = {
  notOwed: '不需交纳',
  elsewhere: '在流入地交纳',
  noBase: '未核定基数',
  waived: '免交',
  unpaid: '未交',
  partial: '未交足',
  paid: '已交',
};

export interface DuesLedgerMonth {
  key: MonthKey;
  year: number;
  month: number;
  status: DuesMonthStatus;
  /** null while no base covers the month and nothing is recorded. */
  dueFen: number | null;
  paidFen: number;
  /** Still owed; 0 when the due amount is unknown. */
  outstandingFen: number;
  entry: DuesMonthEntry | null;
  /** The base the due amount comes from, when it was computed rather than recorded. */
  baseId: string | null;
  /** The period away touching the month (外出党员), for the grid to mark; null when not away. */
  away: AwayDuesSpan | null;
}

/** Whether the branch collects this month: neither before/after the member's time here nor paid where they are away. */
export function isOwedHere(status: DuesMonthStatus): boolean {
  return status !== 'notOwed' && status !== 'elsewhere';
}

/** Only probationary and full members pay dues. */
export function owesDues(member: Pick<MemberRecord, 'stage' | 'deleted'>): boolean {
  return !member.deleted && (member.stage === 'probationary' || member.stage === 'full');
}

/**
 * The month from which a member owes dues: that of the 支部大会 admission (入党时间), as
 * probationary members pay from the day the 支部大会 admits them. Null when not recorded.
 */
export function duesOwedFrom(member: Pick<MemberRecord, 'joinedOn' | 'development'>): MonthKey | null {
  return monthOfDate(member.joinedOn) ?? monthOfDate(member.development.admissionVoteOn) ?? null;
}

const startKey = (base: DuesBaseRecord) => monthKey(base.year, base.fromMonth);

/**
 * The base in force in a month: the latest that starts in or before it, so a base set in
 * July applies from July, and last year's base carries on until a new one is set.
 * Two bases starting in the same month: the later-edited one wins.
 */
export function baseForMonth(bases: readonly DuesBaseRecord[], key: MonthKey): DuesBaseRecord | undefined {
  let found: DuesBaseRecord | undefined;
  let foundStart = '';
  for (const base of bases) {
    if (base.deleted) continue;
    const start = startKey(base);
    if (start > key) continue;
    const better = !found || start > foundStart || (start === foundStart && base.updatedAt > found.updatedAt);
    if (better) [found, foundStart] = [base, start];
  }
  return found;
}

/** The live payment record of a year; should two exist (two PCs), the later-edited one. */
export function paymentForYear(payments: readonly DuesPaymentRecord[], year: number): DuesPaymentRecord | undefined {
  // A loop, not filter/reduce: asked for every month of every member's ledger.
  let best: DuesPaymentRecord | undefined;
  for (const payment of payments) {
    if (!payment.deleted && payment.year === year && (!best || payment.updatedAt > best.updatedAt)) best = payment;
  }
  return best;
}

function statusOf(dueFen: number | null, paidFen: number): DuesMonthStatus {
  if (dueFen === null) return 'noBase';
  if (dueFen === 0) return 'waived';
  if (paidFen >= dueFen) return 'paid';
  return paidFen > 0 ? 'partial' : 'unpaid';
}

/** One month of one member's ledger. */
export function ledgerMonth(input: MemberDuesInput, key: MonthKey, rules: DuesRules): DuesLedgerMonth {
  const { year, month } = parseMonthKey(key) ?? { year: Number.NaN, month: Number.NaN };
  const entry = paymentForYear(input.payments, year)?.months[month - 1] ?? null;
  const paidFen = entry?.paidFen ?? 0;
  // Literals, not spreads: every month of every member's ledger is made this way (the hospital's statistics make 200,000).
  const outside = (input.owedFrom !== null && key < input.owedFrom) || (input.owedThrough !== null && key > input.owedThrough);
  const away = awaySpanIn(input.away, key);
  if (outside && !entry) {
    return { key, year, month, paidFen, entry, status: 'notOwed', dueFen: null, outstandingFen: 0, baseId: null, away };
  }
  // A month paid where the member is away is not owed here, unless the branch recorded a payment for it anyway.
  if (away && !entry && paidElsewhereIn(input.away, key)) {
    return { key, year, month, paidFen, entry, status: 'elsewhere', dueFen: null, outstandingFen: 0, baseId: null, away };
  }
  const base = entry ? undefined : baseForMonth(input.bases, key);
  const dueFen = entry ? entry.dueFen : base ? monthlyDuesFen(base, rules) : null;
  const outstandingFen = dueFen === null ? 0 : Math.max(0, dueFen - paidFen);
  return { key, year, month, paidFen, entry, status: statusOf(dueFen, paidFen), dueFen, outstandingFen, baseId: base?.id ?? null, away };
}

/** The twelve months of a year, January first: one row of the member × month grid. */
export function ledgerYear(input: MemberDuesInput, year: number, rules: DuesRules): DuesLedgerMonth[] {
  return MONTHS_OF_YEAR.map((month) => ledgerMonth(input, monthKey(year, month), rules));
}

/** Owed and not (fully) paid; a month of unknown amount with nothing paid counts too. */
export function isMissed(status: DuesMonthStatus): boolean {
  return status === 'unpaid' || status === 'partial' || status === 'noBase';
}

/** The months from `from` to `through`, both included. */
export function monthRange(from: MonthKey, through: MonthKey): MonthKey[] {
  const keys: MonthKey[] = [];
  for (let key = from; key <= through; key = addMonthsToKey(key, 1)) keys.push(key);
  return keys;
}
