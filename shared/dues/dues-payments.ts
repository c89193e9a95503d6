import { isValidDate } from '../dates';
import type { RecordInput } from '../records/base-record';
import type { DuesRules } from '../rules/rule-set';
import { isOwedHere, ledgerMonth, monthRange, paymentForYear, type MemberDuesInput } from './dues-ledger';
import type { DuesMonthEntry, DuesPaymentRecord, PaymentMethod } from './dues-types';
import { monthKey, monthOfDate, monthsOfQuarter, MONTHS_PER_YEAR, QUARTER_LABELS, type MonthKey, type Quarter } from './months';

/**
 * A change to one member-year of payments, for the caller to store: a new record
 * (stampNew) or a patch to the existing one (stampChange). Pure: nothing is written here.
 */
export type DuesPaymentWrite =
  | { kind: 'create'; input: RecordInput<DuesPaymentRecord> }
  | { kind: 'update'; record: DuesPaymentRecord; patch: Pick<DuesPaymentRecord, 'months'> };

export interface PaymentDetails {
  /** YYYY-MM-DD */
  paidOn: string;
  method: PaymentMethod;
}

export type PaymentResult = { ok: true; write: DuesPaymentWrite } | { ok: false; error: string };

/** Replaces some months (1–12) of a member-year; null clears a month. */
export function writeMonths(input: MemberDuesInput, year: number, entries: ReadonlyMap<number, DuesMonthEntry | null>): DuesPaymentWrite {
  const record = paymentForYear(input.payments, year);
  const months = Array.from({ length: MONTHS_PER_YEAR }, (_, index) =>
    entries.has(index + 1) ? entries.get(index + 1)! : (record?.months[index] ?? null),
  );
  return record ? { kind: 'update', record, patch: { months } } : { kind: 'create', input: { memberId: input.memberId, year, months } };
}

/** Why a month cannot be marked paid in full, or undefined when it can. */
function refusal(input: MemberDuesInput, key: MonthKey, rules: DuesRules): string | undefined {
  const line = ledgerMonth(input, key, rules);
  const month = `${line.year} 年 ${line.month} 月`;
  switch (line.status) {
    case 'notOwed':
      return input.owedThrough !== null && key > input.owedThrough
        ? `${month}已不在本支部（转出或出党），不需在本支部交纳党费。`
        : `${month}尚未开始交纳党费（预备党员自支部大会通过之月起交纳）。`;
    case 'elsewhere':
      return `${month}外出期间向流入地党组织交纳党费（${line.away!.absence.place}），不需在本支部交纳。`;
    case 'noBase':
      return `${month}未核定党费基数，请先登记基数。`;
    case 'waived':
      return `${month}已批准免交党费。`;
    case 'paid':
      return `${month}党费已交纳。`;
    case 'partial':
      return `${month}党费已部分交纳，请直接修改该月记录。`;
    default:
      return undefined;
  }
}

/** The entry of a month paid in full; a month that begins after the payment is an advance. */
function paidEntry(dueFen: number, key: MonthKey, { paidOn, method }: PaymentDetails): DuesMonthEntry {
  const entry: DuesMonthEntry = { dueFen, paidFen: dueFen, paidOn, method };
  return key > monthOfDate(paidOn)! ? { ...entry, advance: true } : entry;
}

/**
 * Marks months (1–12) of a year paid in full on one day. Paying ahead is allowed for at
 * most the rule set's payment period (quarterly, with the branch's consent).
 */
export function payMonths(input: MemberDuesInput, year: number, months: readonly number[], details: PaymentDetails, rules: DuesRules): PaymentResult {
  if (!isValidDate(details.paidOn)) return { ok: false, error: '交纳日期无效，格式应为 YYYY-MM-DD。' };
  const keys = months.map((month) => monthKey(year, month));
  const error = keys.map((key) => refusal(input, key, rules)).find((reason) => reason !== undefined);
  if (error) return { ok: false, error };
  const ahead = keys.filter((key) => key > monthOfDate(details.paidOn)!).length;
  const maxAhead = rules.maxPaymentPeriodMonths.value;
  if (ahead > maxAhead) return { ok: false, error: `经党支部同意可提前交纳党费，但最多提前 ${maxAhead} 个月。` };
  const entries = new Map(months.map((month, index) => {
    const key = keys[index]!;
    return [month, paidEntry(ledgerMonth(input, key, rules).dueFen!, key, details)] as const;
  }));
  return { ok: true, write: writeMonths(input, year, entries) };
}

/** 按季度预交: the quarter's three months paid in full on one day, before or during the quarter. */
export function payQuarter(input: MemberDuesInput, year: number, quarter: Quarter, details: PaymentDetails, rules: DuesRules): PaymentResult {
  const result = payMonths(input, year, monthsOfQuarter(quarter), details, rules);
  return result.ok ? result : { ok: false, error: `${QUARTER_LABELS[quarter]}：${result.error}` };
}

export interface BulkPayment {
  writes: DuesPaymentWrite[];
  /** Members left as they were, with the reason in Chinese, so the screen can say who. */
  skipped: Array<{ memberId: string; reason: string }>;
}

/**
 * 本月全部已交: every member who owes the month and has not paid it is marked paid in
 * full. Members already paid, waived, not yet owing, without a base or partly paid are
 * left alone and listed, so one click never overwrites what was entered by hand.
 */
export function everyonePaid(inputs: readonly MemberDuesInput[], year: number, month: number, details: PaymentDetails, rules: DuesRules): BulkPayment {
  const result: BulkPayment = { writes: [], skipped: [] };
  for (const input of inputs) {
    const paid = payMonths(input, year, [month], details, rules);
    if (paid.ok) result.writes.push(paid.write);
    else result.skipped.push({ memberId: input.memberId, reason: paid.error });
  }
  return result;
}

export interface MonthPayment extends PaymentDetails {
  paidFen: number;
}

/**
 * One cell typed in by hand: any amount (a partial payment, or more than due, as members
 * may pay more of their own will), on a day no later than today, at most the payment
 * period ahead. The due amount is the one in force, so the month must have a base.
 */
export function payMonthAmount(input: MemberDuesInput, year: number, month: number, payment: MonthPayment, today: string, rules: DuesRules): PaymentResult {
  const key = monthKey(year, month);
  const line = ledgerMonth(input, key, rules);
  if (!Number.isSafeInteger(payment.paidFen) || payment.paidFen <= 0) return { ok: false, error: '实交金额应大于 0；如需取消该月记录，请点击“清除”。' };
  if (!isValidDate(payment.paidOn)) return { ok: false, error: '交纳日期无效，格式应为 YYYY-MM-DD。' };
  if (payment.paidOn > today) return { ok: false, error: '交纳日期不能晚于今天。' };
  if (!isOwedHere(line.status)) return { ok: false, error: refusal(input, key, rules)! };
  if (line.dueFen === null) return { ok: false, error: refusal(input, key, rules)! };
  const paidMonth = monthOfDate(payment.paidOn)!;
  const maxAhead = rules.maxPaymentPeriodMonths.value;
  if (key > paidMonth && monthRange(paidMonth, key).length - 1 > maxAhead) {
    return { ok: false, error: `经党支部同意可提前交纳党费，但最多提前 ${maxAhead} 个月。` };
  }
  const entry: DuesMonthEntry = { dueFen: line.dueFen, paidFen: payment.paidFen, paidOn: payment.paidOn, method: payment.method };
  return { ok: true, write: writeMonths(input, year, new Map([[month, key > paidMonth ? { ...entry, advance: true as const } : entry]])) };
}

/** 清除: the month goes back to owed at the base in force; the audit log keeps what it held. */
export function clearMonth(input: MemberDuesInput, year: number, month: number): DuesPaymentWrite {
  return writeMonths(input, year, new Map([[month, null]]));
}

export interface OpeningPayment {
  /** The months written, 1–12, oldest first (empty: nothing to record). */
  months: number[];
  /** What they add up to. */
  paidFen: number;
  write?: DuesPaymentWrite;
}

/**
 * 期初已交: a year's months from January through `through` (1–12), paid before the branch
 * kept dues in the app, as its paper book says. Months the member did not owe yet and
 * months already recorded in the app are left as they are. Each month is what was paid:
 * `totalFen` (the year so far, from the book) shared out evenly, the odd 分 on the last
 * month; without it, the amount due under the base in force, so a month without a base
 * needs the total. Marked `opening`, so the ledger and the audit say where it came from.
 */
export function openingPayments(
  input: MemberDuesInput,
  year: number,
  through: number,
  totalFen: number | null,
  rules: DuesRules,
): { ok: true; payment: OpeningPayment } | { ok: false; error: string } {
  const lines = Array.from({ length: through }, (_, index) => ledgerMonth(input, monthKey(year, index + 1), rules));
  const open = lines.filter((line) => isOwedHere(line.status) && line.entry === null);
  if (open.length === 0) return { ok: true, payment: { months: [], paidFen: 0 } };
  if (totalFen === null && open.some((line) => line.dueFen === null)) {
    return { ok: false, error: '未核定党费基数，无法算出已交金额：请在“本年已交党费”列填写已交金额，或先在“党费”中核定基数。' };
  }
  if (totalFen !== null && (!Number.isSafeInteger(totalFen) || totalFen <= 0)) return { ok: false, error: '本年已交党费应大于 0 元。' };
  const share = totalFen === null ? 0 : Math.floor(totalFen / open.length);
  const entries = new Map(
    open.map((line, index) => {
      const paidFen = totalFen === null ? line.dueFen! : index === open.length - 1 ? totalFen - share * (open.length - 1) : share;
      const entry: DuesMonthEntry = { dueFen: line.dueFen ?? paidFen, paidFen, paidOn: '', method: 'other', opening: true };
      return [line.month, entry] as const;
    }),
  );
  const paidFen = [...entries.values()].reduce((sum, entry) => sum + entry.paidFen, 0);
  return { ok: true, payment: { months: open.map((line) => line.month), paidFen, write: writeMonths(input, year, entries) } };
}
