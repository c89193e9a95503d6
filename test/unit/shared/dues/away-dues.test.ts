import { describe, expect, it } from 'vitest';
import { awayDuesSpans } from '../../../../shared/dues/away-dues';
import { memberDuesInputs } from '../../../../shared/dues/branch-dues';
import { memberArrears } from '../../../../shared/dues/dues-arrears';
import { ledgerYear } from '../../../../shared/dues/dues-ledger';
import { payMonthAmount } from '../../../../shared/dues/dues-payments';
import { quarterTotals } from '../../../../shared/dues/remittance';
import type { DuesArrangement, MemberAbsence } from '../../../../shared/members/absence';
import { memberRecord } from '../support/member-fixture';
import { employedOn, fen, RULES } from './dues-fixture';

const away = (from: string, until: string, duesArrangement: DuesArrangement): MemberAbsence => ({
  id: `away-${from}`,
  from,
  until,
  place: '北京协和医院心内科进修',
  reason: '进修',
  certificate: 'LD-2026-001',
  duesArrangement,
  duesNote: '',
});

/** A full member with 40 元 a month (4,000 元 at 1%), away as given, nothing paid in 2026. */
function ledgerOf(absence: MemberAbsence) {
  const member = { ...memberRecord({ stage: 'full', joinedOn: '2010-07-01' }), absences: [absence] };
  const [input] = memberDuesInputs({ members: [member], bases: [employedOn(fen('4000'), { memberId: member.id })], payments: [] });
  return input!;
}

describe('dues while away (外出党员)', () => {
  it('向流入地党组织交纳: away 15 March – 10 June, April to June are paid there and not owed here; March and July are', () => {
    const input = ledgerOf(away('2026-03-15', '2026-06-10', 'destination'));
    const lines = ledgerYear(input, 2026, RULES);
    expect(lines.map((line) => line.status).slice(1, 7)).toEqual(['unpaid', 'unpaid', 'elsewhere', 'elsewhere', 'elsewhere', 'unpaid']);
    // Every month the absence touches is marked (March to June), with its arrangement.
    expect(lines.map((line) => line.away?.absence.duesArrangement ?? null).slice(1, 7)).toEqual([null, 'destination', 'destination', 'destination', 'destination', null]);
    const arrears = memberArrears(input, { since: '2026-01', through: '2026-07' }, RULES);
    expect(arrears.months.map((line) => line.key)).toEqual(['2026-01', '2026-02', '2026-03', '2026-07']);
    expect(arrears.outstandingFen).toBe(4 * fen('40'));
    // April to June are all paid there: the second quarter has nothing owed here.
    expect(quarterTotals([lines], 2026, 2)).toMatchObject({ members: 0, dueFen: 0, outstandingFen: 0 });
  });

  it('leaving on the 1st gives that month to the place away; an open return date keeps every later month there', () => {
    const input = ledgerOf(away('2026-04-01', '', 'destination'));
    const lines = ledgerYear(input, 2026, RULES);
    expect(lines.slice(2).map((line) => line.status)).toEqual(['unpaid', ...Array(9).fill('elsewhere')]);
  });

  it('a month paid there cannot be entered here, with the reason', () => {
    const input = ledgerOf(away('2026-03-15', '2026-06-10', 'destination'));
    const refused = payMonthAmount(input, 2026, 5, { paidFen: fen('40'), paidOn: '2026-05-03', method: 'cash' }, '2026-07-01', RULES);
    expect(refused).toEqual({ ok: false, error: '2026 年 5 月外出期间向流入地党组织交纳党费（北京协和医院心内科进修），不需在本支部交纳。' });
  });

  it('仍按月向本支部交纳 and 外出前预交 keep every month owed here, marked away', () => {
    for (const arrangement of ['branch', 'prepaid'] as const) {
      const lines = ledgerYear(ledgerOf(away('2026-03-15', '2026-06-10', arrangement)), 2026, RULES);
      expect(lines.every((line) => line.status === 'unpaid')).toBe(true);
      expect(lines.filter((line) => line.away !== null).map((line) => line.month)).toEqual([3, 4, 5, 6]);
    }
  });

  it('a stay within one month leaves the month to the branch', () => {
    const [span] = awayDuesSpans({ absences: [away('2026-03-10', '2026-03-25', 'destination')] });
    expect(span).toMatchObject({ fromKey: '2026-03', throughKey: '2026-03', elsewhere: null });
  });
});
