import { Fragment } from 'react';
import { formatStatValue, headerGroups, type StatRow, type StatTable } from '../../../../../shared/statistics/stat-table';
import { PrintToolbar } from '../../../shell/PrintToolbar';
import type { ReportSigning } from '../excel/stat-workbook';

/** A table wider than this many columns prints across the page (A4 landscape). */
const PORTRAIT_MAX_COLUMNS = 9;

export function isWide(table: StatTable): boolean {
  return table.columns.length + 1 > PORTRAIT_MAX_COLUMNS;
}

function StatPrintTable({ table }: { table: StatTable }) {
  const groups = headerGroups(table.columns);
  const row = (entry: StatRow, total: boolean) => (
    <tr key={entry.key} className={total ? 'total' : undefined}>
      <td>{entry.label}</td>
      {table.columns.map((column) => (
        <td key={column.key} className="number">
          {formatStatValue(column, entry.cells[column.key]!.value)}
        </td>
      ))}
    </tr>
  );
  return (
    <table className="stat-print-table stat-report-table">
      <thead>
        <tr>
          <th rowSpan={2}>单位</th>
          {groups.map((group) =>
            group.group === '' ? (
              <th key={group.columns[0]!.key} rowSpan={2}>
                {group.columns[0]!.label}
              </th>
            ) : (
              <th key={`${group.group}:${group.columns[0]!.key}`} colSpan={group.columns.length}>
                {group.group}
              </th>
            ),
          )}
        </tr>
        <tr>
          {groups.flatMap((group) => (group.group === '' ? [] : group.columns.map((column) => <th key={column.key}>{column.label}</th>)))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((entry) => row(entry, false))}
        {row(table.total, true)}
      </tbody>
    </table>
  );
}

/**
 * Tables on A4 as the 组织部 expects them: title, 填报单位 and 统计期, merged headers, the
 * branches and 合计, the basis and notes, 填报人 and date; one table per page, across the
 * page when wide.
 */
export function StatPrintView({ title, tables, signing, onBack }: { title: string; tables: readonly StatTable[]; signing: ReportSigning; onBack: () => void }) {
  const landscape = tables.some(isWide);
  return (
    <div className="print-view">
      <PrintToolbar suggestedName={`${signing.unit}${title}.pdf`} landscape={landscape} onBack={onBack} />
      {tables.map((table, index) => (
        <Fragment key={table.id}>
          <div className={`print-sheet${landscape ? ' print-landscape' : ''}${index > 0 ? ' print-page-break' : ''}`}>
            <h1 className="ledger-title">{table.title}</h1>
            <p className="ledger-subtitle">
              填报单位：{signing.unit}　　统计期：{table.periodLabel}
            </p>
            <StatPrintTable table={table} />
            <div className="stat-print-notes">
              <div>依据：{table.basis}</div>
              {table.notes.map((note) => (
                <div key={note}>注：{note}</div>
              ))}
              <div style={{ textAlign: 'right', marginTop: 8 }}>
                填报人：{signing.filledBy}　　填报日期：{signing.filledOn}
              </div>
            </div>
          </div>
        </Fragment>
      ))}
    </div>
  );
}
