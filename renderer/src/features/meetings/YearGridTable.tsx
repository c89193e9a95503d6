import type { GridRow } from '../../../../shared/meetings/year-grid';
import { MEETING_TYPE_LABELS } from '../../../../shared/meetings/meeting-types';
import { STATUS_STYLE } from '../../shell/compliance-colors';

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

function cellText(held: number, required: number, label: string): string {
  if (required === 0 || (held === 0 && label === STATUS_STYLE.notDue.label)) return label;
  return `${label} ${held}/${required}`;
}

/** The grid as a plain table, so that it prints as it shows: types down, months across. */
export function YearGridTable({ rows }: { rows: readonly GridRow[] }) {
  return (
    <table className="year-grid" aria-label="三会一课年度台账">
      <thead>
        <tr>
          <th>会议类型</th>
          {MONTHS.map((month) => (
            <th key={month}>{month}月</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.type}>
            <th scope="row">{MEETING_TYPE_LABELS[row.type]}</th>
            {row.cells.map((cell) => {
              const style = STATUS_STYLE[cell.status];
              return (
                <td
                  key={cell.period.key}
                  colSpan={cell.months.length}
                  data-status={cell.status}
                  style={{ color: style.color, background: style.background }}
                  title={`${cell.period.key}：${style.label}`}
                >
                  {cellText(cell.held, cell.required, style.label)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
