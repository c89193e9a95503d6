import { describe, expect, it } from 'vitest';
import { inactiveMembers, orgLifeMonthsOf } from '../../../../shared/meetings/org-life';
import { memberRecord } from '../support/member-fixture';
import { attendanceOf, meetingRecord } from '../support/meeting-fixture';

const active = memberRecord({ name: '常参加', stage: 'full' });
const away = memberRecord({ name: '长期缺席', stage: 'full' });
const madeUp = memberRecord({ name: '补过课', stage: 'full' });
const applicant = memberRecord({ name: '申请人', stage: 'applicant' });
const roster = [active, away, madeUp, applicant];

/** Monthly meetings from January to June 2026 where `away` and `madeUp` are absent. */
function halfYear() {
  return [1, 2, 3, 4, 5, 6].map((month) =>
    meetingRecord('themedPartyDay', `2026-0${month}-15`, {
      attendance: attendanceOf({ [active.id]: 'present', [away.id]: 'absent', [madeUp.id]: 'leave', [applicant.id]: 'absent' }),
      makeUps: month === 5 ? [{ id: 'm', memberId: madeUp.id, date: '2026-05-20', method: 'selfStudy', note: '' }] : [],
    }),
  );
}

describe('organisational life', () => {
  it('counts months present at any meeting, and months of a make-up; leave alone does not count', () => {
    expect([...orgLifeMonthsOf(active.id, halfYear())].sort()).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect([...orgLifeMonthsOf(madeUp.id, halfYear())]).toEqual(['2026-05']);
    expect(orgLifeMonthsOf(away.id, halfYear()).size).toBe(0);
  });

  it('finds members without organisational life for completed months in a row, from the ledger’s first meeting', () => {
    // On 2026-07-01, June is the last completed month: away has missed Jan–Jun (6), madeUp only June (1).
    expect(inactiveMembers(roster, halfYear(), '2026-07-01', 3)).toEqual([{ memberId: away.id, name: '长期缺席', months: 6 }]);
    // On 2026-06-30 June is still running: five months.
    expect(inactiveMembers(roster, halfYear(), '2026-06-30', 3)[0]?.months).toBe(5);
    expect(inactiveMembers(roster, halfYear(), '2026-07-01', 7)).toEqual([]);
  });

  it('does not count months before the member joined the roster, nor flag anyone without any meeting recorded', () => {
    const newcomer = { ...memberRecord({ name: '新转入', stage: 'full' }), createdAt: '2026-05-03T00:00:00.000Z' };
    expect(inactiveMembers([newcomer], halfYear(), '2026-07-01', 3)).toEqual([]);
    expect(inactiveMembers([newcomer], halfYear(), '2026-08-01', 3)).toEqual([{ memberId: newcomer.id, name: '新转入', months: 3 }]);
    expect(inactiveMembers(roster, [], '2026-07-01', 1)).toEqual([]);
  });
});
