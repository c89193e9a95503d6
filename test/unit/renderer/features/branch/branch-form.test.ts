import { describe, expect, it } from 'vitest';
import type { BranchRecord } from '../../../../../shared/branch/branch';
import { branchFormValues, branchPatchOf, validateBranchForm } from '../../../../../renderer/src/features/branch/branch-form';

const branch: BranchRecord = {
  id: 'b1',
  branchId: 'b1',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deleted: false,
  name: '内科第一党支部',
  parentOrganizationName: '市人民医院党委',
  committee: [
    { role: 'secretary', memberId: 'm1' },
    { role: 'organization', memberId: 'm2' },
  ],
  termStart: '2024-03-01',
  termEnd: '2027-02-28',
  partyGroups: [{ id: 'g1', name: '第一党小组', leaderId: 'm3' }],
};

describe('branch form', () => {
  it('round-trips a stored branch: seats by role, party groups with their ids', () => {
    const values = branchFormValues(branch);
    expect(values.seats).toMatchObject({ secretary: 'm1', organization: 'm2', deputySecretary: undefined });
    const patch = branchPatchOf(values);
    expect(patch.committee).toEqual(branch.committee);
    expect(patch.partyGroups).toEqual(branch.partyGroups);
    expect(patch).toMatchObject({ isJoint: false, departments: [], termEnd: '2027-02-28' });
  });

  it('keeps a name typed at setup until a member is chosen for the seat', () => {
    const typed: BranchRecord = { ...branch, committee: [{ role: 'secretary', memberId: '', name: '王芳' }] };
    const values = branchFormValues(typed);
    expect(values.seats.secretary).toBeUndefined();
    expect(branchPatchOf(values).committee).toEqual([{ role: 'secretary', memberId: '', name: '王芳' }]);
    expect(branchPatchOf({ ...values, seats: { ...values.seats, secretary: 'm9' } }).committee).toEqual([{ role: 'secretary', memberId: 'm9' }]);
  });

  it('gives a new party group a fresh id and trims names and departments', () => {
    const values = { ...branchFormValues(branch), departments: [' 心内科 ', ''], partyGroups: [{ name: ' 第二党小组 ' }] };
    const patch = branchPatchOf(values);
    expect(patch.departments).toEqual(['心内科']);
    expect(patch.partyGroups).toHaveLength(1);
    expect(patch.partyGroups![0]).toMatchObject({ name: '第二党小组', leaderId: '' });
    expect(patch.partyGroups![0]!.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses an empty name, a term ending before it starts, and blank or repeated group names', () => {
    const values = branchFormValues(branch);
    expect(validateBranchForm(values)).toEqual({});
    expect(validateBranchForm({ ...values, name: '  ' }).name).toBe('请填写支部名称。');
    expect(validateBranchForm({ ...values, termEnd: '2024-03-01' }).termEnd).toBe('任期结束日期必须晚于任期开始日期。');
    expect(validateBranchForm({ ...values, termEnd: '2024-03-02' }).termEnd).toBeUndefined();
    expect(validateBranchForm({ ...values, partyGroups: [{ name: '' }] }).partyGroups).toBe('每个党小组都要填写名称。');
    expect(validateBranchForm({ ...values, partyGroups: [{ name: '一组' }, { name: '一组 ' }] }).partyGroups).toBe('党小组名称不能重复。');
  });
});
