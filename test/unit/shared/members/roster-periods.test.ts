import { describe, expect, it } from 'vitest';
import type { RelationshipTransfer } from '../../../../shared/members/member';
import { ledgerYear } from '../../../../shared/dues/dues-ledger';
import { branchDuesSummary, memberDuesInputs } from '../../../../shared/dues/branch-dues';
import { payMonths } from '../../../../shared/dues/dues-payments';
import { expectedMembers } from '../../../../shared/meetings/attendance';
import { inactiveMembers } from '../../../../shared/meetings/org-life';
import {
  currentLeaving,
  isActiveMember,
  isOnRoster,
  isOnRosterInMonth,
  latestRosterMonths,
  movementCounts,
  rosterPeriods,
} from '../../../../shared/members/roster-periods';
import { branchRecord, meetingRecord, attendanceOf } from '../support/meeting-fixture';
import { memberRecord } from '../support/member-fixture';
import { employedOn, fen, paid, payment, RULES } from '../dues/dues-fixture';

const transfer = (direction: 'in' | 'out', date: string, counterpart = '市第二医院党委'): RelationshipTransfer => ({ direction, date, counterpart, note: '', letterNumber: `${direction}-${date}` });

describe('roster periods', () => {
  it('run from the start, or from a first transfer in, until a transfer out or an ending (its date is the first day off)', () => {
    expect(rosterPeriods(memberRecord())).toEqual([{ from: null, until: null }]);
    const movedOut = memberRecord({ transfers: [transfer('out', '2026-07-10')] });
    expect(rosterPeriods(movedOut)).toEqual([{ from: null, until: '2026-07-10' }]);
    expect(isOnRoster(movedOut, '2026-07-09')).toBe(true);
    expect(isOnRoster(movedOut, '2026-07-10')).toBe(false);
    const movedIn = memberRecord({ transfers: [transfer('in', '2026-03-02')] });
    expect(isOnRoster(movedIn, '2026-03-01')).toBe(false);
    expect(isOnRoster(movedIn, '2026-03-02')).toBe(true);
    const backAgain = memberRecord({ transfers: [transfer('out', '2024-05-01'), transfer('in', '2025-02-01'), transfer('in', '2025-06-01')] });
    expect(rosterPeriods(backAgain)).toEqual([{ from: null, until: '2024-05-01' }, { from: '2025-02-01', until: null }]);
    expect(isOnRoster(backAgain, '2024-09-01')).toBe(false);
    const died = memberRecord({ ending: { kind: 'died', date: '2026-04-20', reason: '病故', document: '' } });
    expect(isOnRoster(died, '2026-04-20')).toBe(false);
    expect(rosterPeriods({ ...memberRecord(), deleted: true })).toEqual([]);
  });

  it('count the months of arrival and of leaving, not a month left on its first day', () => {
    const movedOut = memberRecord({ transfers: [transfer('out', '2026-07-10')] });
    expect(isOnRosterInMonth(movedOut, '2026-07')).toBe(true);
    expect(isOnRosterInMonth(movedOut, '2026-08')).toBe(false);
    expect(latestRosterMonths(movedOut)).toEqual({ from: null, through: '2026-07' });
    const leftOnFirst = memberRecord({ transfers: [transfer('in', '2025-12-31'), transfer('out', '2026-03-01')] });
    expect(latestRosterMonths(leftOnFirst)).toEqual({ from: '2025-12', through: '2026-02' });
    expect(isOnRosterInMonth(leftOnFirst, '2026-03')).toBe(false);
  });

  it('say why the person is gone, and count each kind of arrival and leaving in a period', () => {
    const expelled = memberRecord({ stage: 'full', ending: { kind: 'expelled', date: '2026-02-03', reason: '严重违纪', document: '院纪委〔2026〕3 号' } });
    expect(currentLeaving(expelled)).toEqual({ kind: 'expelled', date: '2026-02-03', counterpart: '', document: '院纪委〔2026〕3 号', reason: '严重违纪' });
    const movedOut = memberRecord({ transfers: [transfer('out', '2026-07-10')] });
    expect(currentLeaving(movedOut)).toMatchObject({ kind: 'transferOut', counterpart: '市第二医院党委', document: 'out-2026-07-10' });
    expect(currentLeaving(memberRecord({ transfers: [transfer('out', '2024-05-01'), transfer('in', '2025-02-01')] }))).toBeNull();
    expect(isActiveMember(expelled, '2026-02-02')).toBe(true);
    expect(isActiveMember(expelled, '2026-02-03')).toBe(false);
    expect(isActiveMember(memberRecord({ stage: 'activist' }), '2026-02-02')).toBe(false);

    const members = [expelled, movedOut, memberRecord({ transfers: [transfer('in', '2026-01-05')] }), memberRecord({ ending: { kind: 'died', date: '2025-12-30', reason: '', document: '' } })];
    expect(movementCounts(members, '2026-01-01', '2026-12-31')).toEqual({ transferIn: 1, transferOut: 1, suspended: 0, removed: 0, lapsed: 0, withdrew: 0, expelled: 1, died: 0 });
    expect(movementCounts(members, '2025-01-01', '2025-12-31').died).toBe(1);
  });
});

describe('a member who transferred out (转出)', () => {
  const stays = memberRecord({ name: '留下', stage: 'full', joinedOn: '2010-07-01' });
  const leaves = memberRecord({ name: '转出', stage: 'full', joinedOn: '2010-07-01', transfers: [transfer('out', '2026-07-10')] });
  const bases = [employedOn(fen('4000'), { memberId: stays.id }), employedOn(fen('4000'), { memberId: leaves.id })];

  it('owes no dues for the months after the transfer, while arrears before it stay', () => {
    const payments = [payment(2026, { 1: paid(fen('40')), 2: paid(fen('40')) }, { memberId: leaves.id })];
    const [, input] = memberDuesInputs({ members: [stays, leaves], bases, payments }, '2026-01');
    expect(input!.owedThrough).toBe('2026-07');
    const row = ledgerYear(input!, 2026, RULES);
    expect(row.map((month) => month.status)).toEqual(['paid', 'paid', 'unpaid', 'unpaid', 'unpaid', 'unpaid', 'unpaid', 'notOwed', 'notOwed', 'notOwed', 'notOwed', 'notOwed']);
    // The central office's summary: five months in arrears (March to July), not ten.
    const summary = branchDuesSummary('branch-1', { members: [stays, leaves], bases, payments, remittances: [] }, 2026, 4, '2026-12-15', RULES);
    expect(summary.arrears.find((member) => member.memberId === leaves.id)).toMatchObject({ months: 5, outstandingFen: 5 * fen('40') });
    // A later month cannot be marked paid at this branch.
    const refused = payMonths(input!, 2026, [9], { paidOn: '2026-09-05', method: 'cash' }, RULES);
    expect(refused).toEqual({ ok: false, error: expect.stringContaining('已不在本支部') });
  });

  it('is not expected at meetings after the transfer, nor reminded of organisational life', () => {
    const branch = branchRecord('2026-01-01');
    expect(expectedMembers('branch', branch, [stays, leaves], '', '2026-07-09').map((member) => member.name)).toEqual(['留下', '转出']);
    expect(expectedMembers('branch', branch, [stays, leaves], '', '2026-07-10').map((member) => member.name)).toEqual(['留下']);
    const meetings = [meetingRecord('themedPartyDay', '2026-01-15', { attendance: attendanceOf({ [stays.id]: 'present' }) })];
    expect(inactiveMembers([stays, leaves], meetings, '2026-12-01', 3).map((member) => member.name)).toEqual(['留下']);
  });
});
