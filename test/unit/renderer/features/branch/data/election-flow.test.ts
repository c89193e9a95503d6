import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../support/test-database';
import { carry, enrolledPair, syncActor as actor } from '../../../support/sync-pair';
import { memberInput } from '../../../../shared/support/member-fixture';
import { registerImportFollowUps } from '../../../../../../renderer/src/app/import-follow-ups';
import { createMemberRepository } from '../../../../../../renderer/src/features/members/data/member-repository';
import { createElectionRepository, ElectionRefusedError } from '../../../../../../renderer/src/features/branch/data/election-repository';
import { createElectionReviewRepository } from '../../../../../../renderer/src/features/branches/data/election-review-repository';
import { DecisionRefusedError } from '../../../../../../renderer/src/features/branches/data/development-review-repository';
import type { ElectionMeeting } from '../../../../../../shared/branch/election';
import { NATIONAL_RULE_SET } from '../../../../../../shared/rules/rule-set';

const database = databasePerTest();
const TODAY = '2026-12-01';
const RULES = NATIONAL_RULE_SET.rules.branch;
const decision = (document: string) => ({ on: TODAY, agreed: true, document, opinion: '', reviewer: '组织科 李敏' });

describe('换届选举 between a branch and the central office', () => {
  it('请示, 批复, election and 批复 travel in the packages, bad input stores nothing, and the approved committee reaches the branch record', async () => {
    registerImportFollowUps();
    const { central, branch, branchId } = await enrolledPair(database);
    const people = createMemberRepository(branch, { actor });
    const names = ['王建国', '李秀英', '张海燕', '刘志强', '陈丽华'];
    const full = [];
    for (const name of names) full.push(await people.create(branchId, memberInput({ name, stage: 'full' })));
    const probationary = await people.create(branchId, memberInput({ name: '赵文博', stage: 'probationary' }));
    const members = [...full, probationary];
    const ids = full.map((member) => member.id);
    const elections = createElectionRepository(branch, { actor });
    const office = createElectionReviewRepository(central, { actor });

    // 差额 and 被选举权 are checked; a refusal stores nothing.
    const plan = { requestedOn: '2026-11-01', seats: 3, candidateIds: ids.slice(0, 3), note: '' };
    await expect(elections.submitPlan(branchId, undefined, plan, members, RULES, TODAY)).rejects.toThrow('还需增加 1 人');
    await expect(elections.submitPlan(branchId, undefined, { ...plan, candidateIds: [...ids.slice(0, 3), probationary.id] }, members, RULES, TODAY)).rejects.toThrow('预备党员没有被选举权');
    expect(await branch.elections.count()).toBe(0);
    const started = await elections.submitPlan(branchId, undefined, { ...plan, candidateIds: ids.slice(0, 4) }, members, RULES, TODAY);

    // The result cannot be entered before the 批复.
    const meeting: ElectionMeeting = {
      heldOn: '2026-11-20', voterIds: [], excused: [], presentIds: ids.slice(0, 4),
      votes: { [ids[0]!]: 4, [ids[1]!]: 4, [ids[2]!]: 3, [ids[3]!]: 1 },
      roles: { [ids[0]!]: 'secretary', [ids[1]!]: 'deputySecretary', [ids[2]!]: 'organization' },
      termStart: '2026-11-20', termEnd: '2029-11-20', reportedOn: '2026-11-21',
    };
    await expect(elections.submitResult(started.id, meeting, members, RULES, TODAY)).rejects.toThrow(ElectionRefusedError);
    await expect(elections.submitResult(started.id, meeting, members, RULES, TODAY)).rejects.toThrow('请示尚未获院党委批复');

    await carry(branch, central);
    const [pending] = await office.cases();
    expect(pending).toMatchObject({ branchName: expect.any(String), pending: 'plan' });
    await expect(office.decide(started.id, 'plan', { ...decision(''), reviewer: '' }, TODAY)).rejects.toThrow(DecisionRefusedError);
    await office.decide(started.id, 'plan', decision('院党委〔2026〕21号'), TODAY);
    await carry(central, branch, branchId);

    // 4 of 5 voters present is not more than 4/5: refused, nothing stored.
    await expect(elections.submitResult(started.id, meeting, members, RULES, TODAY)).rejects.toThrow('应到 5 人，至少 5 人到会，实到 4 人，选举无效');
    expect((await branch.elections.get(started.id))?.meeting).toBeUndefined();
    // Excusing one (with the reason) takes them out of the base: 4 of 4.
    const excused = { ...meeting, excused: [{ memberId: ids[4]!, reason: '长期病休，经院党委同意、党员大会通过' }] };
    // 2 votes are half of the 4 entitled: 张海燕 is not elected in the first round, and the result waits for 另行选举.
    const firstRound = { ...excused, votes: { [ids[0]!]: 4, [ids[1]!]: 4, [ids[2]!]: 2, [ids[3]!]: 2 } };
    await expect(elections.submitResult(started.id, firstRound, members, RULES, TODAY)).rejects.toThrow('尚缺 1 个名额，应对不足的名额另行选举');
    const byElection = { ...firstRound, furtherRounds: [{ kind: 'byElection' as const, candidateIds: [ids[2]!, ids[3]!], votes: { [ids[2]!]: 3, [ids[3]!]: 1 } }] };
    const reported = await elections.submitResult(started.id, byElection, members, RULES, TODAY);
    expect(reported.meeting?.voterIds.sort()).toEqual([...ids].sort());

    await carry(branch, central);
    // The office reads the same rounds.
    expect((await central.elections.get(started.id))?.meeting?.furtherRounds).toEqual(byElection.furtherRounds);
    expect((await office.cases())[0]?.pending).toBe('result');
    await office.decide(started.id, 'result', decision('院党委〔2026〕25号'), TODAY);
    const back = await carry(central, branch, branchId);
    expect(back.imported).toContain('新一届支部委员会和任期已写入支部信息');
    const record = await branch.branches.get(branchId);
    expect(record?.committee).toEqual([
      { role: 'secretary', memberId: ids[0] },
      { role: 'deputySecretary', memberId: ids[1] },
      { role: 'organization', memberId: ids[2] },
    ]);
    expect([record?.termStart, record?.termEnd]).toEqual(['2026-11-20', '2029-11-20']);
    expect((await branch.elections.get(started.id))?.appliedOn).not.toBe('');
    // Safe to run again: a second return writes nothing more.
    const audits = await branch.auditLog.count();
    await carry(central, branch, branchId);
    expect(await branch.auditLog.count()).toBe(audits);
  });
});
