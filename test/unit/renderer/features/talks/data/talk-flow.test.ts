import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../support/test-database';
import { carry, enrolledPair, syncActor as actor } from '../../../support/sync-pair';
import { createMemberRepository } from '../../../../../../renderer/src/features/members/data/member-repository';
import { createTalkRepository, TalkRefusedError } from '../../../../../../renderer/src/features/talks/data/talk-repository';
import { talkCoverage } from '../../../../../../shared/talks/talk-coverage';
import { NATIONAL_RULE_SET } from '../../../../../../shared/rules/national-rule-set';
import { memberInput } from '../../../../shared/support/member-fixture';

const database = databasePerTest();

describe('谈心谈话 records between a branch and the central office', () => {
  it('are checked, audited and sent in the 报送包; the office reads the same coverage', async () => {
    const { central, branch, branchId } = await enrolledPair(database);
    const members = createMemberRepository(branch, { actor });
    const full = (name: string) => members.create(branchId, memberInput({ name, stage: 'full', joinedOn: '2015-06-20', fullMembershipOn: '2016-06-20' }));
    const [secretary, zhang, li] = [await full('王书记'), await full('张敏'), await full('李强')];
    const arrived = await members.create(branchId, memberInput({ name: '赵新', stage: 'full', joinedOn: '2015-06-20', transfers: [{ direction: 'in', date: '2026-09-01', counterpart: '外院党委', note: '' }] }));

    const talks = createTalkRepository(branch, { actor });
    const talk = { date: '2026-03-05', kind: 'heartToHeart' as const, talkerIds: [secretary.id], memberIds: [zhang.id, li.id], topic: ' 工作与思想交流 ', notes: '' };
    const stored = await talks.add(branchId, talk, '2026-10-10');
    expect(stored.topic).toBe('工作与思想交流');
    // Refused, nothing written: a future date; someone not yet on the roster on the day.
    await expect(talks.add(branchId, { ...talk, date: '2026-10-11' }, '2026-10-10')).rejects.toThrow('晚于今天');
    await expect(talks.add(branchId, { ...talk, memberIds: [arrived.id] }, '2026-10-10')).rejects.toThrow(new TalkRefusedError('赵新在 2026-03-05 不在本支部名册中。'));
    expect(await branch.talks.count()).toBe(1);

    await talks.update(stored, { ...talk, memberIds: [zhang.id] }, '2026-10-10');
    const audit = await branch.auditLog.where('recordId').equals(stored.id).sortBy('at');
    expect(audit.map((entry) => [entry.action, entry.actor])).toEqual([['create', '王书记'], ['update', '王书记']]);
    expect(audit[1]!.changes.map((change) => change.field)).toContain('memberIds');

    const report = await carry(branch, central);
    // Two changes (made, then corrected) of one talk; the office stores the talk as it is now.
    expect(report.manifest.counts).toMatchObject({ talks: 2 });
    const atOffice = await central.talks.where('branchId').equals(branchId).toArray();
    expect(atOffice.map((each) => each.memberIds)).toEqual([[zhang.id]]);

    const coverageOn = async (db: typeof branch) =>
      talkCoverage({
        members: await db.members.where('branchId').equals(branchId).toArray(),
        committeeIds: [secretary.id],
        talks: await db.talks.toArray(),
        year: 2026,
        rule: NATIONAL_RULE_SET.rules.meetings.heartToHeartTalk,
        asOf: '2026-10-10',
      });
    const coverage = await coverageOn(central);
    expect(coverage).toEqual(await coverageOn(branch));
    expect(coverage.rows.filter((row) => !row.covered).map((row) => row.name).sort()).toEqual(['李强', '赵新'].sort());

    await talks.remove(stored.id);
    expect(await talks.listByBranch(branchId)).toEqual([]);
  });
});
