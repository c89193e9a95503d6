import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Period } from '../../../../shared/meetings/periods';
import type { BranchRecord } from '../../../../shared/branch/branch';
import type { BranchStatRecords, StatScope } from '../../../../shared/statistics/stat-input';
import { filterStatTable, type StatTable } from '../../../../shared/statistics/stat-table';
import type { StatTableId } from '../../../../shared/statistics/statistics';
import { useInstallation } from '../../core/installation/use-installation';
import { useRememberedLiveQuery } from '../../core/live/remembered-live-query';
import { useActiveRules } from '../../core/rules/active-rules';
import { useToday } from '../../core/today';
import { statisticsRepository } from './data/statistics-repository';

/**
 * This PC's own branch's records for the figures drafted from them (组织生活月报, 计划总结), live:
 * an edit or import counts again. A later visit with nothing written since shows the last
 * answer at once (useRememberedLiveQuery). Null when the branch is not filled in; undefined while loading.
 */
export function useOwnStatRecords(): BranchStatRecords | null | undefined {
  const { ownerId } = useInstallation();
  return useRememberedLiveQuery('statistics.ownRecords', () => statisticsRepository.ownRecords(ownerId), [ownerId]);
}

/** The scope of a period under the rules in use, stocks counted on `asOf`. */
export function useStatScope(period: Period, asOf: string): StatScope {
  const { ruleSet, calendar } = useActiveRules();
  const today = useToday();
  return useMemo(() => ({ period, asOf, today, ruleSet, calendar }), [period, asOf, today, ruleSet, calendar]);
}

/** The branches the tables have a row for, by name, live. */
export function useStatBranches(): BranchRecord[] | undefined {
  return useLiveQuery(() => statisticsRepository.branches(), []);
}

/** Only the chosen branches' rows (all when none is chosen) and their total. */
export function chosenRows(table: StatTable, branchIds: readonly string[]): StatTable {
  return branchIds.length === 0 ? table : filterStatTable(table, new Set(branchIds));
}

/**
 * One table for the scope from the rows kept per branch, live: a new import or edit counts that
 * branch again. While branches' rows are still being made, `making` says how far and no table is given.
 */
export function useStatTable(id: StatTableId, scope: StatScope, branchIds: readonly string[]): { table?: StatTable; making?: { pending: number; of: number } } {
  const read = useLiveQuery(async () => ({ id, scope, ...(await statisticsRepository.tableInPieces(id, scope)) }), [id, scope]);
  return useMemo(() => {
    // The table of another tab or period, still given while the chosen one is read, is not shown.
    if (!read || read.id !== id || read.scope !== scope) return {};
    return read.table ? { table: chosenRows(read.table, branchIds) } : { ...(read.making ? { making: read.making } : {}) };
  }, [read, id, scope, branchIds]);
}
