/**
 * The acknowledgement's counts against the branch's own (docs/sync-format.md, "Sequence
 * numbers, chain and import"): Anki compares counts after every sync, because a silent
 * divergence found a year later cannot be repaired. A table the branch changed after the
 * acknowledged sequence number cannot be compared yet: the central office has not seen
 * those changes, so its count may differ without anything being wrong.
 */
export type CountStatus = 'same' | 'different' | 'pending';

export interface TableCountCheck {
  table: string;
  /** Live records this PC holds. */
  local: number;
  /** Live records the central office said it holds for this branch. */
  central: number;
  status: CountStatus;
}

export interface CountComparison {
  tables: TableCountCheck[];
  /** The tables whose counts differ although every change to them is acknowledged. */
  different: TableCountCheck[];
}

export function compareCounts(local: Readonly<Record<string, number>>, central: Readonly<Record<string, number>>, pendingTables: ReadonlySet<string>): CountComparison {
  const names = [...new Set([...Object.keys(local), ...Object.keys(central)])];
  const tables = names
    .map((table): TableCountCheck => {
      const mine = local[table] ?? 0;
      const theirs = central[table] ?? 0;
      const status: CountStatus = mine === theirs ? 'same' : pendingTables.has(table) ? 'pending' : 'different';
      return { table, local: mine, central: theirs, status };
    })
    .filter((check) => check.local > 0 || check.central > 0);
  return { tables, different: tables.filter((check) => check.status === 'different') };
}
