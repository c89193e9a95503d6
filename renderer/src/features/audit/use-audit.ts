import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import type { AuditEntry } from '../../../../shared/audit/audit';
import { auditRepository } from './data/audit-repository';

export type AuditScope = { kind: 'record'; recordId: string } | { kind: 'branch'; branchId: string };

const PAGE_SIZE = 50;

/** One record's whole history (short: one entry per save of that record). */
export function useRecordHistory(recordId: string | undefined): AuditEntry[] | undefined {
  return useLiveQuery(() => (recordId ? auditRepository.listForRecord(recordId) : []), [recordId]);
}

/** A branch's history, newest first, a page at a time: years of imports make it long. */
export function useBranchHistory(branchId: string | undefined) {
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [hasMore, setHasMore] = useState(true);
  const [loading, setLoading] = useState(false);

  const loadPage = useCallback(
    async (after: AuditEntry | undefined) => {
      if (!branchId) return;
      setLoading(true);
      try {
        const page = await auditRepository.listForBranch(branchId, { limit: PAGE_SIZE, before: after });
        setEntries((current) => (after ? [...current, ...page] : page));
        setHasMore(page.length === PAGE_SIZE);
      } finally {
        setLoading(false);
      }
    },
    [branchId],
  );

  useEffect(() => {
    void loadPage(undefined);
  }, [loadPage]);

  return { entries, hasMore, loading, loadMore: () => loadPage(entries[entries.length - 1]) };
}
