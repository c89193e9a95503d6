import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../support/test-database';
import { carry, enrolledPair, syncActor as actor } from '../../../support/sync-pair';
import { AbsenceRefusedError, createAbsenceRepository } from '../../../../../../renderer/src/features/members/data/absence-repository';
import { createMemberRepository } from '../../../../../../renderer/src/features/members/data/member-repository';
import { memberInput } from '../../../../shared/support/member-fixture';

const database = databasePerTest();

describe('外出党员 on the member record', () => {
  it('is checked, audited and sent in the 报送包 with the member; a refusal writes nothing', async () => {
    const { central, branch, branchId } = await enrolledPair(database);
    const members = createMemberRepository(branch, { actor });
    const zhang = await members.create(branchId, memberInput({ name: '张敏', stage: 'full', joinedOn: '2015-06-20', fullMembershipOn: '2016-06-20' }));
    const absences = createAbsenceRepository(branch, { actor });
    const form = { from: '2026-03-01', until: '', place: ' 新疆喀什地区第一人民医院 ', reason: '援疆', certificate: '流动证 2026-011', duesArrangement: 'destination' as const, duesNote: '' };

    await expect(absences.record(zhang.id, { ...form, place: '' })).rejects.toBeInstanceOf(AbsenceRefusedError);
    expect((await members.get(zhang.id))!.absences).toBeUndefined();

    const stored = await absences.record(zhang.id, form);
    const [absence] = stored.absences!;
    expect(absence).toMatchObject({ place: '新疆喀什地区第一人民医院', duesArrangement: 'destination' });
    // The return date once known replaces the open one.
    await absences.record(zhang.id, { ...form, until: '2026-08-31' }, absence!.id);
    const audit = await branch.auditLog.where('recordId').equals(zhang.id).sortBy('at');
    expect(audit.map((entry) => [entry.action, entry.changes.map((change) => change.field.split('.')[0])[0]])).toEqual([
      ['create', expect.any(String)],
      ['update', 'absences'],
      ['update', 'absences'],
    ]);

    await carry(branch, central);
    expect((await central.members.get(zhang.id))!.absences).toEqual([{ ...absence, until: '2026-08-31' }]);
  });
});
