import { yuanAmount } from '../../../../shared/dues/dues-amount';
import { DUES_ARRANGEMENT_SHORT_LABELS } from '../../../../shared/dues/away-dues';
import type { DuesLedgerMonth } from '../../../../shared/dues/dues-ledger';
import { DUES_ARRANGEMENT_LABELS } from '../../../../shared/members/absence';
import type { MonthKey } from '../../../../shared/dues/months';

/** How a grid cell looks; 'arrears' is a past month owed and not (fully) paid. */
export type CellTone = 'none' | 'elsewhere' | 'paid' | 'advance' | 'waived' | 'due' | 'partial' | 'arrears';

export interface CellView {
  tone: CellTone;
  text: string;
  /** The full sentence, for the tooltip and screen readers. */
  detail: string;
  /** Away that month (外出党员): the dues arrangement, short (在原支部交纳 …); null when not away. */
  away: string | null;
}

export const CELL_TONE_STYLE: Record<CellTone, { color: string; background: string; label: string }> = {
  none: { color: '#8c8c8c', background: '#fafafa', label: '无需交纳或未记录' },
  elsewhere: { color: '#531dab', background: '#f9f0ff', label: '外出，在流入地交纳' },
  paid: { color: '#237804', background: '#f6ffed', label: '已交' },
  advance: { color: '#0958d9', background: '#e6f4ff', label: '预交' },
  waived: { color: '#595959', background: '#f5f5f5', label: '免交' },
  due: { color: '#262626', background: '#ffffff', label: '应交' },
  partial: { color: '#ad4e00', background: '#fff7e6', label: '未交足' },
  arrears: { color: '#a8071a', background: '#fff1f0', label: '欠交' },
};

/**
 * One month of one member as the grid shows it; the current and later months are due,
 * not yet late. (Months before the ledger began are not owed: see memberDuesInputs.)
 */
export function cellView(line: DuesLedgerMonth, currentMonth: MonthKey): CellView {
  const view = monthView(line, currentMonth);
  if (!line.away) return { ...view, away: null };
  const { absence } = line.away;
  const period = `${absence.from} 至 ${absence.until || '返回日期未定'}`;
  const away = `外出（${absence.place}，${period}），党费${DUES_ARRANGEMENT_LABELS[absence.duesArrangement]}`;
  return { ...view, detail: `${view.detail}；${away}`, away: DUES_ARRANGEMENT_SHORT_LABELS[absence.duesArrangement] };
}

function monthView(line: DuesLedgerMonth, currentMonth: MonthKey): Omit<CellView, 'away'> {
  const when = `${line.year} 年 ${line.month} 月`;
  const past = line.key < currentMonth;
  const due = line.dueFen === null ? '' : yuanAmount(line.dueFen);
  switch (line.status) {
    case 'notOwed':
      return { tone: 'none', text: '—', detail: `${when}：无需交纳或在本台账启用之前` };
    case 'elsewhere':
      return { tone: 'elsewhere', text: '—', detail: `${when}：不需在本支部交纳` };
    case 'paid': {
      const { paidOn, advance, opening } = line.entry!;
      const how = opening ? '期初，据原台账登记' : `${paidOn}${advance ? '，预交' : ''}`;
      return {
        tone: advance ? 'advance' : 'paid',
        text: yuanAmount(line.paidFen),
        detail: `${when}：已交 ${yuanAmount(line.paidFen)} 元（${how}）`,
      };
    }
    case 'waived':
      return { tone: 'waived', text: '免交', detail: `${when}：经批准免交` };
    case 'partial':
      return { tone: past ? 'arrears' : 'partial', text: `${yuanAmount(line.paidFen)}/${due}`, detail: `${when}：应交 ${due} 元，已交 ${yuanAmount(line.paidFen)} 元` };
    case 'noBase':
      return { tone: past ? 'arrears' : 'none', text: '未核定', detail: `${when}：未核定党费基数` };
    default:
      return { tone: past ? 'arrears' : 'due', text: due, detail: `${when}：${past ? '欠交' : '应交'} ${due} 元` };
  }
}

export interface RowTotals {
  dueFen: number;
  paidFen: number;
  /** Still owed for past months. */
  arrearsFen: number;
}

/** A member's year: what is due (known amounts), paid, and still owed for past months. */
export function rowTotals(lines: readonly DuesLedgerMonth[], currentMonth: MonthKey): RowTotals {
  const totals: RowTotals = { dueFen: 0, paidFen: 0, arrearsFen: 0 };
  for (const line of lines) {
    totals.dueFen += line.dueFen ?? 0;
    totals.paidFen += line.paidFen;
    if (line.key < currentMonth) totals.arrearsFen += line.outstandingFen;
  }
  return totals;
}
