import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { branchActivityAlarms, duesLedgerStart, memberDuesInputs } from '../../../../shared/dues/branch-dues';
import type { MemberActivityAlarm } from '../../../../shared/dues/dues-alarms';
import { quarterTotals, type QuarterTotals } from '../../../../shared/dues/remittance';
import { ledgerYear, type DuesLedgerMonth, type MemberDuesInput } from '../../../../shared/dues/dues-ledger';
import type { MemberRecord } from '../../../../shared/members/member';
import { currentLeaving, LEAVING_LABELS } from '../../../../shared/members/roster-periods';
import { monthKey, monthOfDate, QUARTERS, type MonthKey, type Quarter } from '../../../../shared/dues/months';
import { orgLifeOf } from '../../../../shared/meetings/org-life';
import { useToday } from '../../core/today';
import { useMeetings } from '../meetings/hooks';
import { useMembers } from '../members/hooks';
import { useActiveRules } from '../../core/rules/active-rules';
import { useInstallation } from '../../core/installation/use-installation';
import { duesRepository, type BranchDuesRecordSet } from './data/dues-repository';

/** The branch's dues records, live; undefined while loading. */
export function useDuesRecords(): BranchDuesRecordSet | undefined {
  const { ownerId } = useInstallation();
  return useLiveQuery(() => duesRepository.list(ownerId), [ownerId]);
}

export interface DuesLedgerData {
  records: BranchDuesRecordSet;
  /** Members who owe dues, by name. */
  payers: MemberRecord[];
  /** Their ledger inputs, in the same order. */
  inputs: MemberDuesInput[];
  names: ReadonlyMap<string, string>;
  /** The first month kept in the app; null while nothing is recorded. */
  ledgerSince: MonthKey | null;
}

/** The ledger's inputs, rebuilt whenever the roster or a dues record changes; undefined while loading. */
export function useDuesLedger(): DuesLedgerData | undefined {
  const members = useMembers();
  const records = useDuesRecords();
  const today = useToday();
  return useMemo(() => {
    if (!members || !records) return undefined;
    const sorted = [...members].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    const ledgerSince = duesLedgerStart(records.bases, records.payments);
    // Before anything is kept in the app no past month is called unpaid (the paper book knows them):
    // the grid shows them as not owed, apart from months copied from that book (期初), instead of a wall of red.
    const inputs = memberDuesInputs({ members: sorted, bases: records.bases, payments: records.payments }, ledgerSince ?? monthOfDate(today)!);
    const byId = new Map(sorted.map((member) => [member.id, member]));
    return {
      records,
      payers: inputs.map((input) => byId.get(input.memberId)!),
      inputs,
      names: new Map(members.map((member) => [member.id, member.name])),
      ledgerSince,
    };
  }, [members, records, today]);
}

/**
 * The 党章 alarms and 3-month warnings, from this ledger and the meetings' attendance
 * (read through the meetings module's own hook); undefined while loading.
 */
export function useDuesAlarms(ledger: DuesLedgerData | undefined): MemberActivityAlarm[] | undefined {
  const { ownerId } = useInstallation();
  const meetings = useMeetings();
  const { ruleSet } = useActiveRules();
  const today = useToday();
  return useMemo(() => {
    if (!ledger || !meetings) return undefined;
    // The same composition the central office's overview reads, so both flag the same members.
    return branchActivityAlarms(ownerId, { members: ledger.payers, bases: ledger.records.bases, payments: ledger.records.payments }, orgLifeOf(meetings), today, ruleSet.rules.dues);
  }, [ownerId, ledger, meetings, ruleSet, today]);
}

/** One member's row of a year's grid. */
export interface LedgerRow {
  input: MemberDuesInput;
  name: string;
  lines: DuesLedgerMonth[];
  /** 转出 / 去世 …, shown beside the name, when the member has left the branch. */
  leftAs: string | null;
}

export interface LedgerYearData {
  rows: LedgerRow[];
  totals: Record<Quarter, QuarterTotals>;
}

/** A year of the ledger: every member's twelve months and the four quarters' totals. */
export function useLedgerYear(ledger: DuesLedgerData | undefined, year: number): LedgerYearData {
  const { ruleSet } = useActiveRules();
  return useMemo(() => {
    const rules = ruleSet.rules.dues;
    const rows = ledger
      ? ledger.inputs
          .map((input, index) => {
            const leaving = currentLeaving(ledger.payers[index]!);
            return { input, name: ledger.payers[index]!.name, lines: ledgerYear(input, year, rules), leftAs: leaving ? `${leaving.date} ${LEAVING_LABELS[leaving.kind]}` : null };
          })
          // Someone who left (转出 or 出党) before the year has no line in it, unless something was recorded there.
          .filter((row) => row.input.owedThrough === null || row.input.owedThrough >= monthKey(year, 1) || row.lines.some((line) => line.entry !== null))
      : [];
    const totals = Object.fromEntries(QUARTERS.map((quarter) => [quarter, quarterTotals(rows.map((row) => row.lines), year, quarter)])) as Record<Quarter, QuarterTotals>;
    return { rows, totals };
  }, [ledger, year, ruleSet]);
}
