import { describe, expect, it } from 'vitest';
import { cellView, rowTotals } from '../../../../../renderer/src/features/dues/ledger-cells';
import { awayDuesSpans } from '../../../../../shared/dues/away-dues';
import { ledgerYear } from '../../../../../shared/dues/dues-ledger';
import { NATIONAL_RULE_SET } from '../../../../../shared/rules/national-rule-set';
import { member, paid, payment } from '../../../shared/dues/dues-fixture';

const rules = NATIONAL_RULE_SET.rules.dues;

describe('ledger grid cells', () => {
  // Owes from March at 40.00 元; January–February paid before (advance for February), May partly, July on.
  const lines = ledgerYear(
    member({ owedFrom: '2026-03', payments: [payment(2026, { 3: paid(4000, '2026-03-05'), 4: { ...paid(4000, '2026-03-05'), advance: true }, 5: paid(4000, '2026-05-06', 1500) })] }),
    2026,
    rules,
  );
  const view = (month: number) => cellView(lines[month - 1]!, '2026-07');

  it('tells months not owed, paid, advance, partly paid in the past, unpaid in the past, and due from now on apart', () => {
    expect(view(2)).toMatchObject({ tone: 'none', text: '—' });
    expect(view(3)).toMatchObject({ tone: 'paid', text: '40.00' });
    expect(view(4)).toMatchObject({ tone: 'advance', detail: '2026 年 4 月：已交 40.00 元（2026-03-05，预交）' });
    expect(view(5)).toMatchObject({ tone: 'arrears', text: '15.00/40.00' });
    expect(view(6)).toMatchObject({ tone: 'arrears', detail: '2026 年 6 月：欠交 40.00 元' });
    expect(view(7)).toMatchObject({ tone: 'due', detail: '2026 年 7 月：应交 40.00 元' });
  });

  it('says a month paid before the app was entered from the paper book', () => {
    const [january] = ledgerYear(member({ payments: [payment(2026, { 1: { dueFen: 4000, paidFen: 4000, paidOn: '', method: 'other', opening: true } })] }), 2026, rules);
    expect(cellView(january!, '2026-07')).toEqual({ tone: 'paid', text: '40.00', detail: '2026 年 1 月：已交 40.00 元（期初，据原台账登记）', away: null });
  });

  it('totals the year: due for every owed month, paid, and owed for past months only', () => {
    expect(rowTotals(lines, '2026-07')).toEqual({ dueFen: 10 * 4000, paidFen: 9500, arrearsFen: 2500 + 4000 });
  });
});

describe('ledger grid cells while away (外出党员)', () => {
  const absence = { id: 'a1', from: '2026-03-15', until: '', place: '北京协和医院', reason: '进修', certificate: '', duesArrangement: 'destination' as const, duesNote: '' };
  const away = ledgerYear(member({ away: awayDuesSpans({ absences: [absence] }) }), 2026, rules);

  it('marks the month of leaving, still owed here, with the arrangement', () => {
    expect(cellView(away[2]!, '2026-07')).toEqual({
      tone: 'arrears',
      text: '40.00',
      detail: '2026 年 3 月：欠交 40.00 元；外出（北京协和医院，2026-03-15 至 返回日期未定），党费向流入地党组织交纳（凭流动党员活动证）',
      away: '在流入地交纳',
    });
  });

  it('shows a month paid where the member is as not owed here', () => {
    expect(cellView(away[3]!, '2026-07')).toMatchObject({ tone: 'elsewhere', text: '—', away: '在流入地交纳' });
    expect(rowTotals(away, '2026-07')).toEqual({ dueFen: 3 * 4000, paidFen: 0, arrearsFen: 3 * 4000 });
  });
});
