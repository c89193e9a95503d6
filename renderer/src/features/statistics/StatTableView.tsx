import { Button, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatStatValue, headerGroups, type StatColumn, type StatRow, type StatTable } from '../../../../shared/statistics/stat-table';

/** A statistics table as on paper: names down the left, merged group headers, the total row last; every number opens the list behind it. */
export function StatTableView({ table, onTrace }: { table: StatTable; onTrace: (row: StatRow, column: StatColumn) => void }) {
  const valueColumn = (column: StatColumn) => ({
    title: column.label,
    key: column.key,
    align: 'right' as const,
    width: column.kind === 'money' ? 96 : 72,
    render: (_: unknown, row: StatRow) => {
      const cell = row.cells[column.key]!;
      const shown = formatStatValue(column, cell.value);
      if (cell.value === null || (cell.ids.length === 0 && cell.value === 0)) return shown;
      return (
        <Button type="link" size="small" className="stat-number" onClick={() => onTrace(row, column)} aria-label={`${row.label} ${column.group}${column.label} ${shown}`}>
          {shown}
        </Button>
      );
    },
  });
  const columns: ColumnsType<StatRow> = [
    { title: '单位', key: 'label', dataIndex: 'label', fixed: 'left', width: 180 },
    ...headerGroups(table.columns).map((group) =>
      group.group === '' ? valueColumn(group.columns[0]!) : { title: group.group, key: `group:${group.group}:${group.columns[0]!.key}`, children: group.columns.map(valueColumn) },
    ),
  ];
  return (
    <Table<StatRow>
      className="stat-table"
      size="small"
      bordered
      rowKey="key"
      columns={columns}
      dataSource={[...table.rows, table.total]}
      pagination={false}
      scroll={{ x: 'max-content', y: 560 }}
      rowClassName={(row) => (row === table.total ? 'stat-total-row' : '')}
      aria-label={table.title}
    />
  );
}
