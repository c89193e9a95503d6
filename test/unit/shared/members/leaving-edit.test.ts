import { describe, expect, it } from 'vitest';
import { leavingPatch, undoLeavingPatch, validateLeaving, type LeavingForm } from '../../../../shared/members/leaving-edit';
import { currentLeaving, isOnRoster } from '../../../../shared/members/roster-periods';
import { memberRecord } from '../support/member-fixture';
import { memberInputOf } from '../../../../shared/roster/roster-import';

const TODAY = '2026-09-01';
const full = () => memberRecord({ name: '李明', stage: 'full', joinedOn: '2010-07-01', fullMembershipOn: '2011-07-01' });
const out: LeavingForm = { kind: 'transferOut', date: '2026-07-10', counterpart: '市第二医院党委', document: '院组字〔2026〕031 号', reason: '工作调动' };

describe('recording a leaving', () => {
  it('adds a transfer out with its letter number, or sets the ending, and undoing takes exactly that back', () => {
    const member = full();
    const moved = { ...member, ...leavingPatch(member, out) };
    expect(moved.transfers).toEqual([{ direction: 'out', date: '2026-07-10', counterpart: '市第二医院党委', note: '工作调动', letterNumber: '院组字〔2026〕031 号' }]);
    expect(isOnRoster(moved, '2026-07-10')).toBe(false);
    expect({ ...moved, ...undoLeavingPatch(moved) }.transfers).toEqual([]);

    const died = { ...member, ...leavingPatch(member, { kind: 'died', date: '2026-08-02', counterpart: 'ignored', document: '', reason: '病故' }) };
    expect(died.ending).toEqual({ kind: 'died', date: '2026-08-02', reason: '病故', document: '' });
    expect(died.transfers).toEqual([]);
    expect(undoLeavingPatch(died)).toEqual({ ending: null });
    expect(undoLeavingPatch(member)).toBeNull();
  });

  it('refuses a transfer out without the organisation or letter, a future date, a date before arrival, or a second leaving', () => {
    const member = full();
    const input = memberInputOf(member);
    expect(validateLeaving(member, input, out, TODAY)).toEqual({});
    expect(validateLeaving(member, input, { ...out, counterpart: ' ', document: '' }, TODAY)).toEqual({
      counterpart: '请填写转往的党组织。',
      document: '请填写介绍信编号。',
    });
    expect(validateLeaving(member, input, { ...out, date: '2026-09-02' }, TODAY)).toEqual({ date: '转接日期不能晚于今天。' });
    expect(validateLeaving(member, input, { kind: 'expelled', date: '2026-08-01', counterpart: '', document: '', reason: '' }, TODAY)).toEqual({
      reason: '请填写原因。',
      document: '请填写决定机关及文号（如 院党委〔2026〕12 号）。',
    });
    const arrived = memberRecord({ stage: 'full', joinedOn: '2010-07-01', fullMembershipOn: '2011-07-01', transfers: [{ direction: 'in', date: '2026-03-01', counterpart: '省人民医院党委', note: '' }] });
    expect(validateLeaving(arrived, memberInputOf(arrived), { ...out, date: '2026-02-27' }, TODAY).date).toBe('日期不能早于转入本支部的日期（2026-03-01）。');
    const gone = { ...member, ...leavingPatch(member, out) };
    expect(currentLeaving(gone)).not.toBeNull();
    expect(validateLeaving(gone, memberInputOf(gone), { ...out, kind: 'died', date: '2026-08-01' }, TODAY).member).toBe('李明已于 2026-07-10 转出，如登记有误请先撤销。');
  });
});
