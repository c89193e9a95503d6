import type { KeyboardEvent } from 'react';
import { yuanAmount } from '../../../../shared/dues/dues-amount';
import { isOwedHere } from '../../../../shared/dues/dues-ledger';
import { MONTHS_OF_YEAR, type MonthKey } from '../../../../shared/dues/months';
import { CELL_TONE_STYLE, cellView, rowTotals } from './ledger-cells';
import type { LedgerRow } from './use-dues';


interface LedgerGridProps {
  year: number;
  rows: readonly LedgerRow[];
  currentMonth: MonthKey;
  onCell: (row: LedgerRow, month: number) => void;
}

const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/** Arrow keys move between cells; Enter or Space opens one (the cells are buttons). */
function moveFocus(event: KeyboardEvent<HTMLTableElement>) {
  const move = MOVES[event.key];
  const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-cell]');
  if (!move || !cell) return;
  const [row, col] = cell.dataset.cell!.split(':').map(Number) as [number, number];
  const next = event.currentTarget.querySelector<HTMLElement>(`[data-cell="${row + move[0]}:${col + move[1]}"]`);
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

/** 党费收缴台账: members down, months across, each cell one month's due and payment. */
export function LedgerGrid({ year, rows, currentMonth, onCell }: LedgerGridProps) {
  return (
    <table className="year-grid dues-grid" aria-label={`${year}年党费收缴台账`} onKeyDown={moveFocus}>
      <thead>
        <tr>
          <th>姓名</th>
          {MONTHS_OF_YEAR.map((month) => (
            <th key={month}>{month}月</th>
          ))}
          <th>全年应交</th>
          <th>已交</th>
          <th>欠交</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, rowIndex) => {
          const totals = rowTotals(row.lines, currentMonth);
          return (
            <tr key={row.input.memberId}>
              <th scope="row">
                {row.name}
                {row.leftAs && <div className="dues-left-as">{row.leftAs}</div>}
              </th>
              {row.lines.map((line) => {
                const view = cellView(line, currentMonth);
                const style = CELL_TONE_STYLE[view.tone];
                return (
                  <td key={line.key} data-tone={view.tone} style={{ color: style.color, background: style.background, padding: 0 }}>
                    <button
                      type="button"
                      className="dues-cell"
                      data-cell={`${rowIndex}:${line.month}`}
                      title={view.detail}
                      aria-label={`${row.name}：${view.detail}`}
                      disabled={!isOwedHere(line.status) && !line.entry}
                      onClick={() => onCell(row, line.month)}
                    >
                      {view.text}
                      {view.tone === 'advance' && <span className="dues-cell-mark">预</span>}
                      {view.away && (
                        <span className="dues-cell-away" data-away={view.away}>
                          外出·{view.away}
                        </span>
                      )}
                    </button>
                  </td>
                );
              })}
              <td className="dues-total">{yuanAmount(totals.dueFen)}</td>
              <td className="dues-total">{yuanAmount(totals.paidFen)}</td>
              <td className="dues-total" data-tone={totals.arrearsFen > 0 ? 'arrears' : 'none'}>
                {totals.arrearsFen > 0 ? yuanAmount(totals.arrearsFen) : ''}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
