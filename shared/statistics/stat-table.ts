/**
 * The model every statistics table shares: a row per branch, columns (grouped under merged
 * headers), cells that carry the ids of the records behind them, and a total row. Screens,
 * the Excel writer and the A4 print read only this, so a table is defined once, here.
 */

/** How a column's cells add up. A ratio is never summed: its total is made from the totals of its two columns. */
export type StatColumnKind = 'count' | 'hours' | 'money' | 'ratio';

/** What the ids of a column's cells name: members, meetings, branches, remittances, or rule periods not met (`type|group|period`). */
export type StatRefKind = 'member' | 'meeting' | 'branch' | 'remittance' | 'unit';

export interface StatColumn {
  key: string;
  label: string;
  /** The merged header above the column ('' for none); consecutive columns of one group are merged. */
  group: string;
  kind: StatColumnKind;
  refs: StatRefKind;
  /** For a ratio: the columns it divides, and whether it reads as a percent (出席率) or as an amount per head (人均学时). */
  ratio?: { numerator: string; denominator: string; percent: boolean };
  /**
   * Set when the app does not yet hold the data: the cells are null and this says where
   * their data will come from, so the row is there for the report and nobody takes a 0 for a fact.
   */
  pendingSource?: string;
}

export interface StatCell {
  /** Count, hours, 分, or a ratio 0–1; null when pending or a ratio over nothing. */
  value: number | null;
  /** The records behind the number, in the column's `refs` kind. */
  ids: readonly string[];
}

export interface StatRow {
  key: string;
  label: string;
  cells: Readonly<Record<string, StatCell>>;
}

export interface StatTable {
  id: string;
  title: string;
  /** The regulation or upward table the definitions follow. */
  basis: string;
  /** 2026年11月, 截至2026-12-31: what the figures cover. */
  periodLabel: string;
  columns: readonly StatColumn[];
  /** One per branch, in the order given. */
  rows: readonly StatRow[];
  total: StatRow;
  /** Definitions a reader needs (how age is counted, what is inferred). */
  notes: readonly string[];
}

export const TOTAL_ROW_KEY = 'total';

export function countCell(ids: readonly string[]): StatCell {
  return { value: ids.length, ids };
}

export function amountCell(value: number, ids: readonly string[]): StatCell {
  return { value, ids };
}

const PENDING_CELL: StatCell = Object.freeze({ value: null, ids: Object.freeze([]) as readonly string[] });

function ratioCell(cells: Readonly<Record<string, StatCell>>, column: StatColumn): StatCell {
  const numerator = cells[column.ratio!.numerator]!;
  const denominator = cells[column.ratio!.denominator]!.value ?? 0;
  return { value: denominator === 0 ? null : (numerator.value ?? 0) / denominator, ids: numerator.ids };
}

/** A row's cells completed: ratios divided, pending columns null. */
function completeCells(columns: readonly StatColumn[], given: Readonly<Record<string, StatCell>>): Record<string, StatCell> {
  const cells: Record<string, StatCell> = {};
  for (const column of columns) {
    if (column.pendingSource) cells[column.key] = PENDING_CELL;
    else if (column.kind !== 'ratio') {
      const cell = given[column.key];
      if (!cell) throw new RangeError(`统计表缺少“${column.label}”一栏的数。`);
      cells[column.key] = cell;
    }
  }
  for (const column of columns) if (column.kind === 'ratio' && !column.pendingSource) cells[column.key] = ratioCell(cells, column);
  return cells;
}

/** The total row: every summable column added up over the rows (ids joined), ratios made from the totals. */
function totalOf(columns: readonly StatColumn[], rows: readonly StatRow[]): StatRow {
  const given: Record<string, StatCell> = {};
  for (const column of columns) {
    if (column.kind === 'ratio' || column.pendingSource) continue;
    let value = 0;
    const ids: string[] = [];
    for (const row of rows) {
      const cell = row.cells[column.key]!;
      value += cell.value ?? 0;
      for (const id of cell.ids) ids.push(id);
    }
    given[column.key] = { value, ids };
  }
  return { key: TOTAL_ROW_KEY, label: '合计', cells: completeCells(columns, given) };
}

export interface StatTableSpec {
  id: string;
  title: string;
  basis: string;
  periodLabel: string;
  columns: readonly StatColumn[];
  rows: readonly { key: string; label: string; cells: Readonly<Record<string, StatCell>> }[];
  notes?: readonly string[];
}

export function buildStatTable(spec: StatTableSpec): StatTable {
  const rows = spec.rows.map((row) => ({ key: row.key, label: row.label, cells: completeCells(spec.columns, row.cells) }));
  return {
    id: spec.id,
    title: spec.title,
    basis: spec.basis,
    periodLabel: spec.periodLabel,
    columns: spec.columns,
    rows,
    total: totalOf(spec.columns, rows),
    notes: spec.notes ?? [],
  };
}

/** Only the rows of the given branches, with the total made again from them (the office's branch filter). */
export function filterStatTable(table: StatTable, rowKeys: ReadonlySet<string>): StatTable {
  const rows = table.rows.filter((row) => rowKeys.has(row.key));
  return { ...table, rows, total: totalOf(table.columns, rows) };
}

/** Columns under their merged headers, in order: what a two-row header is drawn from. */
export function headerGroups(columns: readonly StatColumn[]): { group: string; columns: StatColumn[] }[] {
  const groups: { group: string; columns: StatColumn[] }[] = [];
  for (const column of columns) {
    const last = groups.at(-1);
    if (last && column.group !== '' && last.group === column.group) last.columns.push(column);
    else groups.push({ group: column.group, columns: [column] });
  }
  return groups;
}

/** A column of counts of `refs`, under `group`. */
export function countColumn(key: string, label: string, refs: StatRefKind, group = ''): StatColumn {
  return { key, label, group, kind: 'count', refs };
}

/** A cell's value as a reader sees it: counts bare, hours with one decimal when needed, 分 as 元, ratios as percent. */
export function formatStatValue(column: Pick<StatColumn, 'kind' | 'pendingSource' | 'ratio'>, value: number | null): string {
  if (column.pendingSource) return '—';
  if (value === null) return '—';
  switch (column.kind) {
    case 'ratio':
      return column.ratio?.percent === false ? value.toFixed(1) : `${(value * 100).toFixed(1)}%`;
    case 'money':
      return (value / 100).toFixed(2);
    case 'hours':
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
    default:
      return String(value);
  }
}
