import type { ReactNode } from 'react';

export interface BinderColumn<Row> {
  title: string;
  render: (row: Row, index: number) => ReactNode;
  /** Narrow numeric columns are right-aligned. */
  number?: boolean;
}

/** One page of a binder table: a plain bordered table that prints as it shows. Empty: one row saying so. */
export function BinderTable<Row>({ label, columns, rows, firstIndex = 0, empty = '本年无记录' }: { label: string; columns: readonly BinderColumn<Row>[]; rows: readonly Row[]; firstIndex?: number; empty?: string }) {
  return (
    <table className="stat-print-table binder-table" aria-label={label}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.title}>{column.title}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={columns.length}>{empty}</td>
          </tr>
        ) : (
          rows.map((row, index) => (
            <tr key={index}>
              {columns.map((column) => (
                <td key={column.title} className={column.number ? 'number' : undefined}>
                  {column.render(row, firstIndex + index)}
                </td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
