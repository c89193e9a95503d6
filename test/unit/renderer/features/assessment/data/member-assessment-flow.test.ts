import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../support/test-database';
import { carry, enrolledPair, syncActor as actor } from '../../../support/sync-pair';
import { createActivityRepository } from '../../../../../../renderer/src/features/assessment/data/activity-repository';
import { AppraisalRefusedError, createAppraisalRepository } from '../../../../../../renderer/src/features/assessment/data/appraisal-repository';
import { createAwardRepository } from '../../../../../../renderer/src/features/assessment/data/award-repository';
import { branchMemberPoints } from '../../../../../../renderer/src/features/assessment/data/member-points-read';
import { ReportRefusedError } from '../../../../../../renderer/src/features/assessment/data/report-repository';
import { createResultRepository, ScoringRefusedError } from '../../../../../../renderer/src/features/assessment/data/result-repository';
import { createMemberRepository } from '../../../../../../renderer/src/features/members/data/member-repository';
import { DEFAULT_ASSESSMENT_SCHEME } from '../../../../../../shared/assessment/default-scheme';
import { DEFAULT_WORKING_DAY_CALENDAR } from '../../../../../../shared/calendar/working-days';
import { NATIONAL_RULE_SET } from '../../../../../../shared/rules/national-rule-set';
import { memberInput } from '../../../../shared/support/member-fixture';

const database = databasePerTest();


describe('members’ 积分, 民主评议 and 评先评优 between a branch and the central office', () => {
  it('activities and results go in the 报送包, the office lists, shows and approves, the 回执 brings the outcome back', async () => {
    const { central, branch, branchId } = await enrolledPair(database);
    const members = createMemberRepository(branch, { actor });
    const zhang = await members.create(branchId, memberInput({ name: '张敏', stage: 'full', joinedOn: '2015-06-20', fullMembershipOn: '2016-06-20' }));
    const li = await members.create(branchId, memberInput({ name: '李强', stage: 'full', joinedOn: '2012-06-20', fullMembershipOn: '2013-06-20' }));

    // Branch: a volunteer service and a 先锋岗 duty; a future date is refused and stores nothing.
    const activities = createActivityRepository(branch, { actor });
    await activities.add(branchId, { memberId: zhang.id, kind: 'volunteer', date: '2026-09-20', title: '义诊进社区', hours: 3.5, note: '' }, '2026-10-10');
    await activities.add(branchId, { memberId: li.id, kind: 'pioneerPost', date: '2026-10-01', title: '急诊党员先锋岗', hours: 0, note: '' }, '2026-10-10');
    await expect(activities.add(branchId, { memberId: li.id, kind: 'volunteer', date: '2026-10-11', title: '义诊', hours: 2, note: '' }, '2026-10-10')).rejects.toBeInstanceOf(ReportRefusedError);
    expect(await branch.memberActivities.count()).toBe(2);

    // 民主评议: a nomination of a member not graded 优秀 is refused whole.
    const appraisals = createAppraisalRepository(branch, { actor });
    const result = (name: string, grade: 'excellent' | 'qualified') => ({ name, grade, votes: 9, reason: '', disposal: '' as const, disposalNote: '' });
    const deeds = '带领科室完成新技术 3 项，全年零投诉。';
    await expect(
      appraisals.save(branchId, { year: 2026, meetingId: '', voters: 10, results: { [zhang.id]: result('张敏', 'excellent'), [li.id]: result('李强', 'qualified') }, nominations: { [li.id]: { name: '李强', deeds } } }),
    ).rejects.toBeInstanceOf(AppraisalRefusedError);
    expect(await branch.memberAppraisals.count()).toBe(0);
    await appraisals.save(branchId, { year: 2026, meetingId: '', voters: 10, results: { [zhang.id]: result('张敏', 'excellent'), [li.id]: result('李强', 'qualified') }, nominations: { [zhang.id]: { name: '张敏', deeds } } });

    const report = await carry(branch, central);
    expect(report.manifest.counts).toMatchObject({ memberActivities: 2, memberAppraisals: 1 });

    // The office reads the same 积分 as the branch.
    const scheme = DEFAULT_ASSESSMENT_SCHEME;
    const rules = NATIONAL_RULE_SET.rules;
    const atOffice = await branchMemberPoints(central, branchId, scheme, rules, 2026, '2026-10-10');
    expect(atOffice).toEqual(await branchMemberPoints(branch, branchId, scheme, rules, 2026, '2026-10-10'));
    expect(atOffice!.map((row) => [row.rank, row.name, row.lines.find((line) => line.itemId === 'mp-volunteer')!.points, row.lines.find((line) => line.itemId === 'mp-pioneer')!.points])).toEqual([
      [1, '李强', 0, 5],
      [2, '张敏', 3.5, 0],
    ]);

    // 评先: only nominees can be listed; 公示 for 5 working days; approval refused during it.
    const awards = createAwardRepository(central, { actor: () => '组织科' });
    const scoring = { scheme, rules, today: '2026-10-10' };
    await expect(awards.saveList(2026, [{ branchId, advancedBranch: false, memberIds: [li.id] }], scoring)).rejects.toBeInstanceOf(ScoringRefusedError);
    await expect(awards.startPublicity(2026, '2026-09-14', 5, DEFAULT_WORKING_DAY_CALENDAR)).rejects.toThrow('名单为空');
    // 先进党支部 while the year waits for the office's scores: refused, naming every item missing, nothing stored.
    await expect(awards.saveList(2026, [{ branchId, advancedBranch: true, memberIds: [zhang.id] }], scoring)).rejects.toThrow(
      '内科第一党支部2026年度考核还有 5 项未评分（“医德医风与患者评价”、“组织设置与班子建设”、“组织生活会与民主评议党员”、“特色品牌活动”、“书记抓党建述职评议”），请先在“评分与排名”中评完，再评为先进党支部。',
    );
    expect(await central.awards.count()).toBe(0);
    const results = createResultRepository(central, { actor: () => '组织科' });
    const yearItem = (id: string) => scheme.items.find((item) => item.id === id)!;
    for (const id of ['medical-ethics', 'organisation-standard', 'org-life-meeting', 'brand']) await results.saveEntry(branchId, '2026', scheme, yearItem(id), { points: 2, note: '' });
    await expect(awards.saveList(2026, [{ branchId, advancedBranch: true, memberIds: [] }], scoring)).rejects.toThrow('还有 1 项未评分（“书记抓党建述职评议”）');
    await results.saveEntry(branchId, '2026', scheme, yearItem('secretary-report'), { grade: 'good', note: '' });
    await awards.saveList(2026, [{ branchId, advancedBranch: true, memberIds: [zhang.id] }], scoring);
    await awards.startPublicity(2026, '2026-09-14', 5, DEFAULT_WORKING_DAY_CALENDAR);
    await expect(awards.saveList(2026, [{ branchId, advancedBranch: false, memberIds: [] }], scoring)).rejects.toThrow('名单已公示');
    await expect(awards.approve(2026, { approvedOn: '2026-09-18', document: '院党委〔2026〕12号' }, '2026-10-10')).rejects.toThrow('公示至 2026-09-18');
    await awards.approve(2026, { approvedOn: '2026-09-28', document: '院党委〔2026〕12号' }, '2026-10-10');
    await expect(awards.approve(2026, { approvedOn: '2026-09-29', document: '院党委〔2026〕13号' }, '2026-10-10')).rejects.toThrow('已批准表彰');

    const back = await carry(central, branch, branchId);
    expect(back.manifest.counts).toEqual({ assessmentResults: 5, awards: 3 });
    const [award] = await createAwardRepository(branch).listYear(2026);
    expect(award).toMatchObject({
      branchId,
      advancedBranch: true,
      members: { [zhang.id]: { name: '张敏', deeds } },
      publicity: { from: '2026-09-14', until: '2026-09-18', workingDays: 5, provisional: false },
      approval: { approvedOn: '2026-09-28', document: '院党委〔2026〕12号' },
    });
  });
});
