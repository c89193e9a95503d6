import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Period } from '../../../../shared/meetings/periods';
import type { BranchStatRecords, StatScope } from '../../../../shared/statistics/stat-input';
import { filterStatTable, type StatTable } from '../../../../shared/statistics/stat-table';
import { statTable, type StatTableId } from '../../../../shared/statistics/statistics';
import { useActiveRules } from '../../core/rules/active-rules';
import { useToday } from '../../core/today';
import { statisticsRepository } from './data/statistics-repository';

/** Every branch's records for the statistics, live: a new import or edit counts again. */
export function useStatRecords(): BranchStatRecords[] | undefined {
  return useLiveQuery(() => statisticsRepository.branchRecords(), []);
}

/** The scope of a period under the rules in use, stocks counted on `asOf`. */
export function useStatScope(period: Period, asOf: string): StatScope {
  const { ruleSet, calendar } = useActiveRules();
  const today = useToday();
  return useMemo(() => ({ period, asOf, today, ruleSet, calendar }), [period, asOf, today, ruleSet, calendar]);
}

/** One table for the scope, only the chosen branches' rows (all when none is chosen) and their total. */
export function useStatTable(records: BranchStatRecords[] | undefined, id: StatTableId, scope: StatScope, branchIds: readonly string[]): StatTable | undefined {
  return useMemo(() => {
    if (!records) return undefined;
    const table = statTable(id, records, scope);
    return branchIds.length === 0 ? table : filterStatTable(table, new Set(branchIds));
  }, [records, id, scope, branchIds]);
}
