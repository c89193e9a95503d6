import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../support/test-database';
import { enrolledPair, exportFrom, ready, syncActor as actor } from '../../support/sync-pair';
import type { LedgerDatabase } from '../../../../../renderer/src/db/database';
import { createPlanRepository, createPlanReturnRepository, PlanRefusedError } from '../../../../../renderer/src/features/plans/data/plan-repository';
import { createPlanReads } from '../../../../../renderer/src/features/plans/data/plan-reads';
import { createPackageImporter } from '../../../../../renderer/src/features/sync/data/import-package';
import { planReview, planTimeliness } from '../../../../../shared/plans/plan';
import type { PlanDraft } from '../../../../../shared/plans/plan-validation';

const database = databasePerTest();

/** Exports from one PC and imports into another, as the USB stick does. */
async function carry(from: LedgerDatabase, to: LedgerDatabase, receiverId?: string) {
  const pkg = await exportFrom(from, (exporter) => (receiverId ? exporter.centralReturn(receiverId) : exporter.branchReport()));
  const importer = createPackageImporter(to);
  expect(await importer.apply(ready(await importer.preview(pkg.bytes, pkg.fileName)))).toMatchObject({ status: 'imported' });
}

const SUMMARY: PlanDraft = {
  year: 2026,
  kind: 'yearSummary',
  body: '一、全年工作完成情况\n全年召开各类会议 30 次。',
  months: [],
  developmentCount: 0,
  people: [],
  figures: [{ section: '组织生活（“三会一课”）落实情况', label: '出席·召开会议', value: '30' }],
  signedBy: '王书记',
  signedOn: '2026-12-20',
};

describe('计划总结 between a branch and the central office', () => {
  it('the branch signs and sends its summary in the 报送包, the office returns it with an opinion, the opinion travels back; a resend keeps the first date', async () => {
    const { central, branch, branchId } = await enrolledPair(database);
    const plans = createPlanRepository(branch, { actor });

    // Bad input is refused with every reason and stores nothing.
    const refused = await plans.submit(branchId, { ...SUMMARY, body: '', signedBy: ' ' }, '2026-12-20', new Set()).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PlanRefusedError);
    expect((refused as PlanRefusedError).errors).toEqual(['请填写总结正文（全年工作情况、存在问题和下一步打算）。', '请填写签发人（支部书记姓名）。']);
    await expect(plans.saveDraft(branchId, { ...SUMMARY, year: 2027 }, '2026-12-20')).rejects.toThrow('2027年尚未开始');
    expect(await branch.branchPlans.count()).toBe(0);

    await plans.saveDraft(branchId, { ...SUMMARY, body: '草稿' }, '2026-12-18');
    const sent = await plans.submit(branchId, SUMMARY, '2026-12-20', new Set(), new Date('2026-12-20T02:00:00Z'));
    expect(await branch.branchPlans.count()).toBe(1);
    expect(sent).toMatchObject({ firstSubmittedOn: '2026-12-20', body: SUMMARY.body, signedBy: '王书记' });
    expect((await branch.auditLog.where('recordId').equals(sent.id).toArray()).length).toBe(2);
    // Once sent, a draft save would leave the office reading an older text than shown: refused.
    await expect(plans.saveDraft(branchId, SUMMARY, '2026-12-21')).rejects.toThrow('已报送');
    await carry(branch, central);

    const arrived = (await createPlanReads(central).book()).plans.find((plan) => plan.branchId === branchId)!;
    expect(arrived.figures).toEqual(SUMMARY.figures);
    expect(planTimeliness(arrived, '2026-12-31', '2027-01-05')).toBe('onTime');
    const returns = createPlanReturnRepository(central, { actor });
    await expect(returns.review(arrived, 'returned', '  ', '组织科')).rejects.toThrow('请填写意见');
    expect(await central.planReturns.count()).toBe(0);
    await returns.review(arrived, 'returned', '请补充党建+业务融合的做法。', '组织科 李敏', new Date('2026-12-28T02:00:00Z'));
    await carry(central, branch, branchId);

    const back = await createPlanReads(branch).book();
    expect(back.returns.get(sent.id)).toMatchObject({ verdict: 'returned', opinion: '请补充党建+业务融合的做法。', reviewer: '组织科 李敏' });
    expect(planReview(sent, back.returns.get(sent.id))).toBe('returned');

    // Resent after the due day: still on time by the first sending, awaiting a new reading.
    const again = await plans.submit(branchId, { ...SUMMARY, body: `${SUMMARY.body}\n二、党建+业务：开展义诊 6 次。` }, '2027-01-03', new Set(), new Date('2027-01-03T02:00:00Z'));
    expect(again.id).toBe(sent.id);
    expect(again.firstSubmittedOn).toBe('2026-12-20');
    expect(planReview(again, back.returns.get(sent.id))).toBe('resubmitted');
    await carry(branch, central);
    const resent = (await createPlanReads(central).book()).plans.find((plan) => plan.id === sent.id)!;
    expect(resent.body).toContain('开展义诊 6 次');
    await returns.review(resent, 'approved', '', '组织科 李敏');
    await carry(central, branch, branchId);
    const approved = (await createPlanReads(branch).book()).returns.get(sent.id);
    expect(planReview(again, approved)).toBe('approved');
  });
});
