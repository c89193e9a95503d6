import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useRef } from 'react';
import { formatStatValue, headerGroups, type StatColumn, type StatRow, type StatTable } from '../../../../shared/statistics/stat-table';

/** Past this many rows (the office holding a hospital: 150 branches) only the rows in view are rendered. */
const VIRTUAL_FROM_ROWS = 30;
const LABEL_WIDTH = 180;
const valueWidth = (column: StatColumn) => (column.kind === 'money' ? 96 : 72);

/** A statistics table as on paper: names down the left, merged group headers, the total row last; every number opens the list behind it. */
export function StatTableView({ table, onTrace }: { table: StatTable; onTrace: (row: StatRow, column: StatColumn) => void }) {
  // The page passes a new handler on each render; the columns call the latest one and stay the same.
  const trace = useRef(onTrace);
  trace.current = onTrace;
  // Built once per table: a new column list would render every row again.
  const columns = useMemo<ColumnsType<StatRow>>(() => {
    const valueColumn = (column: StatColumn) => ({
      title: column.label,
      key: column.key,
      align: 'right' as const,
      width: valueWidth(column),
      // A plain button styled as a link (styles.css .row-action), not an antd Button: 150 branches
      // by 30 columns were 4,500 antd Buttons (wave effect, context, style hooks), most of a view's time.
      render: (_: unknown, row: StatRow) => {
        const cell = row.cells[column.key]!;
        const shown = formatStatValue(column, cell.value);
        if (cell.value === null || (cell.ids.length === 0 && cell.value === 0)) return shown;
        return (
          <button type="button" className="row-action stat-number" onClick={() => trace.current(row, column)} aria-label={`${row.label} ${column.group}${column.label} ${shown}`}>
            {shown}
          </button>
        );
      },
    });
    return [
      { title: '单位', key: 'label', dataIndex: 'label', fixed: 'left', width: LABEL_WIDTH },
      ...headerGroups(table.columns).map((group) =>
        group.group === '' ? valueColumn(group.columns[0]!) : { title: group.group, key: `group:${group.group}:${group.columns[0]!.key}`, children: group.columns.map(valueColumn) },
      ),
    ];
  }, [table.columns]);
  const rows = useMemo(() => [...table.rows, table.total], [table.rows, table.total]);
  const virtual = rows.length > VIRTUAL_FROM_ROWS;
  // A virtual table needs its width in pixels; a short one sizes itself to its content.
  const width = useMemo(() => table.columns.reduce((sum, column) => sum + valueWidth(column), LABEL_WIDTH), [table.columns]);
  return (
    <Table<StatRow>
      className="stat-table"
      size="small"
      bordered
      rowKey="key"
      columns={columns}
      dataSource={rows}
      pagination={false}
      virtual={virtual}
      scroll={{ x: virtual ? width : 'max-content', y: 560 }}
      rowClassName={(row) => (row === table.total ? 'stat-total-row' : '')}
      aria-label={table.title}
    />
  );
}
