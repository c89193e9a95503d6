import type { MemberRecord } from '../members/member';
import type { OrgLife } from '../meetings/org-life';
import { latestArrival, latestRosterMonths } from '../members/roster-periods';
import type { DuesRules } from '../rules/rule-set';
import { awayDuesSpans } from './away-dues';
import { activityAlarms, type MemberActivity, type MemberActivityAlarm } from './dues-alarms';
import { lastCompletedMonth, memberArrears } from './dues-arrears';
import { duesOwedFrom, ledgerYear, monthRange, owesDues, type MemberDuesInput } from './dues-ledger';
import type { DuesBaseRecord, DuesPaymentRecord, DuesRemittanceRecord } from './dues-types';
import { addMonthsToKey, monthKey, parseMonthKey, monthOfDate, quarterOfMonth, type MonthKey, type Quarter } from './months';
import { quarterTotals, remittanceStatus, type QuarterTotals, type RemittanceStatus } from './remittance';

/** A branch's dues records as stored: what a sync package carries for it. */
export interface BranchDuesRecords {
  members: readonly MemberRecord[];
  bases: readonly DuesBaseRecord[];
  payments: readonly DuesPaymentRecord[];
  remittances: readonly DuesRemittanceRecord[];
}

function groupByMember<T extends { memberId: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const group = groups.get(record.memberId);
    if (group) group.push(record);
    else groups.set(record.memberId, [record]);
  }
  return groups;
}

/** The later of two months, null meaning "no bound". */
function latestOf(a: MonthKey | null, b: MonthKey | null): MonthKey | null {
  if (a === null) return b;
  return b === null || a > b ? a : b;
}

/**
 * The ledger input of every member who owes dues (probationary and full), in roster order.
 * Dues are owed in the months of their latest period on the roster (roster-periods): from
 * the month of a transfer in, through the month of a transfer out or an ending; what was
 * owed before leaving stays owed. An arrival with 党费交至 owes from the month after it.
 * Periods away (外出党员) go with the input: months paid where the member is are not owed here.
 * With the ledger's start, no one owes for a month before it: what was paid then is in
 * the paper book, not here, and the app must not call it unpaid.
 */
export function memberDuesInputs(records: Pick<BranchDuesRecords, 'members' | 'bases' | 'payments'>, ledgerSince: MonthKey | null = null): MemberDuesInput[] {
  const bases = groupByMember(records.bases);
  const payments = groupByMember(records.payments);
  return records.members.filter(owesDues).flatMap((member) => {
    const onRoster = latestRosterMonths(member);
    if (!onRoster) return [];
    // 党费交至 on the arrival: the months the previous organisation collected are not owed here.
    const paidThrough = parseMonthKey(latestArrival(member)?.duesPaidThrough) ? latestArrival(member)!.duesPaidThrough! : null;
    const afterPaid = paidThrough === null ? null : addMonthsToKey(paidThrough, 1);
    const owedFrom = latestOf(latestOf(latestOf(duesOwedFrom(member), onRoster.from), afterPaid), ledgerSince);
    const away = member.absences?.length ? awayDuesSpans(member) : undefined;
    return [{ memberId: member.id, owedFrom, owedThrough: onRoster.through, bases: bases.get(member.id) ?? [], payments: payments.get(member.id) ?? [], away }];
  });
}

/**
 * The month the branch began keeping dues in the app: the earliest live base or recorded
 * month. Null while nothing is recorded: no month before it can be called unpaid, as the
 * paper book, not the app, knows what happened then. Months entered as 期初 (opening: copied
 * from that book) do not start it: they were collected and handed over on paper, so they
 * raise no remittance reminder, and the months after them are judged once the app is used.
 */
export function duesLedgerStart(bases: readonly DuesBaseRecord[], payments: readonly DuesPaymentRecord[]): MonthKey | null {
  let first: MonthKey | null = null;
  const consider = (key: MonthKey) => {
    if (first === null || key < first) first = key;
  };
  for (const base of bases) if (!base.deleted) consider(monthKey(base.year, base.fromMonth));
  for (const payment of payments) {
    if (payment.deleted) continue;
    // A year's months run January first: its first recorded month is its earliest (read for
    // every member on every dues figure, so no key is made for the months after it).
    const index = payment.months.findIndex((entry) => entry && !entry.opening);
    if (index >= 0) consider(monthKey(payment.year, index + 1));
  }
  return first;
}

/**
 * Each dues-paying member with the months of organisational life the meetings show.
 * Months the meetings cannot speak for count as taken part: those before the first
 * meeting recorded and before the member entered the roster (the same reading as the
 * meetings module's own reminder), so a branch that keeps dues but not yet meetings in
 * the app is not told that everyone stayed away.
 */
export function memberActivities(
  members: readonly MemberRecord[],
  inputs: readonly MemberDuesInput[],
  orgLife: OrgLife,
  ledgerSince: MonthKey,
  today: string,
): MemberActivity[] {
  const byId = new Map(members.map((member) => [member.id, member]));
  const through = lastCompletedMonth(today);
  return inputs.map((dues) => {
    const member = byId.get(dues.memberId);
    const joinedRoster = member ? member.createdAt.slice(0, 7) : ledgerSince;
    const { firstMonth } = orgLife;
    const knownFrom = firstMonth === null ? addMonthsToKey(through, 1) : firstMonth > joinedRoster ? firstMonth : joinedRoster;
    const months = new Set(orgLife.byMember.get(dues.memberId));
    for (const key of monthRange(ledgerSince, addMonthsToKey(knownFrom, -1))) months.add(key);
    return { dues, name: member?.name ?? '', orgLifeMonths: months };
  });
}

export interface MemberInArrears {
  memberId: string;
  name: string;
  /** Months owed and unpaid since the ledger began, through last month. */
  months: number;
  outstandingFen: number;
}

/** One branch's dues for one quarter, as the central office's screens show it. */
export interface BranchDuesSummary {
  branchId: string;
  totals: QuarterTotals;
  remittance: RemittanceStatus;
  /** What the branch recorded as handed over for the quarter, 0 when nothing. */
  remittedFen: number;
  /** The day it was handed over, '' when not: the remittance reminder is redone from it on a later day. */
  remittedOn: string;
  /** Members with any month in arrears, most months first. */
  arrears: MemberInArrears[];
  arrearsOutstandingFen: number;
}

/** The branch's own members, bases and payments: the central office holds every branch's. */
function ownedBy(branchId: string, records: Pick<BranchDuesRecords, 'members' | 'bases' | 'payments'>) {
  return {
    members: records.members.filter((member) => member.branchId === branchId),
    bases: records.bases.filter((base) => base.branchId === branchId),
    payments: records.payments.filter((payment) => payment.branchId === branchId),
  };
}

/**
 * Summarises one branch's quarter from its own records (as imported from its package):
 * the quarter's totals, where its remittance stands, and who is in arrears today.
 */
export function branchDuesSummary(
  branchId: string,
  records: BranchDuesRecords,
  year: number,
  quarter: Quarter,
  today: string,
  rules: DuesRules,
): BranchDuesSummary {
  const owning = ownedBy(branchId, records);
  const since = duesLedgerStart(owning.bases, owning.payments);
  const inputs = memberDuesInputs(owning, since);
  const totals = quarterTotals(inputs.map((input) => ledgerYear(input, year, rules)), year, quarter);
  const remittance = records.remittances.find((r) => !r.deleted && r.branchId === branchId && r.year === year && r.quarter === quarter);
  const names = new Map(owning.members.map((member) => [member.id, member.name]));
  const arrears = since === null
    ? []
    : inputs
        .map((input) => ({ input, owed: memberArrears(input, { since, through: lastCompletedMonth(today) }, rules) }))
        .filter(({ owed }) => owed.months.length > 0)
        .map(({ input, owed }) => ({ memberId: input.memberId, name: names.get(input.memberId) ?? '', months: owed.months.length, outstandingFen: owed.outstandingFen }))
        .sort((a, b) => b.months - a.months);
  return {
    branchId,
    totals,
    remittance: remittanceStatus(year, quarter, today, rules, remittance?.remittedOn ?? ''),
    remittedFen: remittance?.amountFen ?? 0,
    remittedOn: remittance?.remittedOn ?? '',
    arrears,
    arrearsOutstandingFen: arrears.reduce((sum, member) => sum + member.outstandingFen, 0),
  };
}

/** The quarter a day falls in, for screens that open on the current quarter. */
export function quarterOfDate(date: string): { year: number; quarter: Quarter } {
  const key = monthOfDate(date);
  if (!key) throw new RangeError(`日期无效：“${date}”，格式应为 YYYY-MM-DD。`);
  return { year: Number(key.slice(0, 4)), quarter: quarterOfMonth(Number(key.slice(5, 7))) };
}

/**
 * The 3-month warnings and 党章 red alarms of one branch from its stored records and
 * meetings, composed as the branch's own 提醒 composes them, so that the central office
 * and the branch never disagree about who is flagged.
 */
/** `orgLife` is that of the branch's own meetings (orgLifeOf). */
export function branchActivityAlarms(
  branchId: string,
  records: Pick<BranchDuesRecords, 'members' | 'bases' | 'payments'>,
  orgLife: OrgLife,
  today: string,
  rules: DuesRules,
): MemberActivityAlarm[] {
  const owning = ownedBy(branchId, records);
  const since = duesLedgerStart(owning.bases, owning.payments);
  if (since === null) return [];
  const inputs = memberDuesInputs(owning, since);
  return activityAlarms(memberActivities(owning.members, inputs, orgLife, since, today), since, today, rules);
}

/** Where one branch's dues stand today, for the central office's overview of every branch. */
export interface BranchDuesStanding {
  /** Today's quarter. */
  summary: BranchDuesSummary;
  alarms: MemberActivityAlarm[];
  /** The alarms of members behind on dues for the warning's months in a row or more (red ones included). */
  inArrears: MemberActivityAlarm[];
  /** 党章 red alarms: the alarm's months in a row without paying dues or without organisational life. */
  redAlarms: MemberActivityAlarm[];
}

export function branchDuesStanding(
  branchId: string,
  records: BranchDuesRecords,
  orgLife: OrgLife,
  today: string,
  rules: DuesRules,
): BranchDuesStanding {
  const { year, quarter } = quarterOfDate(today);
  const alarms = branchActivityAlarms(branchId, records, orgLife, today, rules);
  return {
    summary: branchDuesSummary(branchId, records, year, quarter, today, rules),
    alarms,
    inArrears: alarms.filter((alarm) => alarm.unpaidMonths >= rules.arrearsWarningMonths.value),
    redAlarms: alarms.filter((alarm) => alarm.code === 'MEMBER_DEEMED_LEFT'),
  };
}

/**
 * The standing made on `madeOn` as it reads on `today`, without the dues records, when both days
 * fall in one month; undefined otherwise (it must be made again), and for a standing kept before
 * `remittedOn` was part of it. Within a month everything but the remittance reminder is the same:
 * the quarter, the months judged (through last month) and so who is in arrears or flagged. The
 * reminder counts the days to the due date, so it is redone for `today`.
 */
export function standingLaterInMonth(standing: BranchDuesStanding, madeOn: string, today: string, rules: DuesRules): BranchDuesStanding | undefined {
  if (monthOfDate(madeOn) !== monthOfDate(today) || monthOfDate(today) === null) return undefined;
  if (madeOn === today) return standing;
  const { remittance, remittedOn } = standing.summary;
  if (typeof remittedOn !== 'string') return undefined;
  return { ...standing, summary: { ...standing.summary, remittance: remittanceStatus(remittance.year, remittance.quarter, today, rules, remittedOn) } };
}
