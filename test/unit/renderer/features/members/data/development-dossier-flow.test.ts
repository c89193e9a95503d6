import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../support/test-database';
import { carry, enrolledPair, syncActor as actor } from '../../../support/sync-pair';
import { memberInput } from '../../../../shared/support/member-fixture';
import { registerImportFollowUps } from '../../../../../../renderer/src/app/import-follow-ups';
import { createAttachmentRepository } from '../../../../../../renderer/src/core/attachments/attachment-repository';
import { createMemberRepository } from '../../../../../../renderer/src/features/members/data/member-repository';
import { createDossierRepository, DossierRefusedError } from '../../../../../../renderer/src/features/members/data/dossier-repository';
import { createDevelopmentReviewRepository, DecisionRefusedError } from '../../../../../../renderer/src/features/branches/data/development-review-repository';
import { advanceStage, checkAdvance } from '../../../../../../shared/development/pipeline';
import { dossierFindings } from '../../../../../../shared/development/dossier-steps';
import { dossierOf, EMPTY_DOSSIER, type DossierFields } from '../../../../../../shared/development/dossier-types';
import { DEFAULT_WORKING_DAY_CALENDAR as CAL } from '../../../../../../shared/calendar/working-days';
import { NATIONAL_RULE_SET as RULES } from '../../../../../../shared/rules/rule-set';
import type { MemberRecord } from '../../../../../../shared/members/member';
import type { LedgerDatabase } from '../../../../../../renderer/src/db/database';
import { memberInputOf } from '../../../../../../shared/roster/roster-import';

const database = databasePerTest();
const TODAY = '2026-12-01';
const PDF = new TextEncoder().encode('%PDF-1.4\n% 入党申请书扫描件\n%%EOF');

describe('a development dossier between a branch and the central office', () => {
  it("reaches 转正 with its documents: the office's 预审, 审批 and 转正审批 return to the branch and are dated into the dossier", async () => {
    registerImportFollowUps();
    const { central, branch, branchId } = await enrolledPair(database);
    const members = createMemberRepository(branch, { actor });
    const dossiers = createDossierRepository(branch, { actor });
    const files = createAttachmentRepository(branch);
    const office = createDevelopmentReviewRepository(central, { actor });
    const reload = async (db: LedgerDatabase, id: string) => (await db.members.get(id)) as MemberRecord;
    const saveDossier = async (member: MemberRecord, patch: Partial<DossierFields>, milestones: object = {}) =>
      dossiers.save(member, { ...member.development, ...milestones, dossier: { ...dossierOf(member.development), ...patch } }, TODAY, RULES);

    // A 发展对象 with the pipeline's dates, before the 支委会 审查.
    let person = await members.create(
      branchId,
      memberInput(
        { name: '陈静', stage: 'candidate' },
        {
          appliedOn: '2023-03-01',
          applicationTalkOn: '2023-03-20',
          activistOn: '2023-06-01',
          contacts: ['李强'],
          candidateOn: '2024-09-01',
          introducers: ['李强', '王芳'],
          candidateTrainingHours: 24,
          publicityStart: '2025-02-10',
        },
      ),
    );

    // Bad input is refused whole and stores nothing.
    await expect(saveDossier(person, { stepDates: { oath: '2027-01-01' } })).rejects.toThrow('第 20 步“入党宣誓”日期不能晚于今天。');
    await expect(saveDossier(person, { applicationFormNumber: '号'.repeat(41) })).rejects.toThrow(DossierRefusedError);
    expect(dossierOf((await reload(branch, person.id)).development)).toEqual(EMPTY_DOSSIER);

    // The 入党申请书 scan, 政审, 入党志愿书 number and the 支委会 审查 (steps 10, 12, 14).
    const scan = await files.add(branchId, person.id, 'other', '入党申请书.pdf', PDF);
    person = await saveDossier(person, {
      stepDates: { politicalReview: '2025-01-10', trainingCompleted: '2024-12-20', committeeReview: '2025-02-20', applicationForm: '2025-03-05' },
      politicalReviewResult: 'passed',
      applicationFormNumber: '2025-0012',
      documents: { application: [scan.id] },
    });
    expect(dossierFindings(person)).toContain('第 2 步“党组织派人谈话”缺少材料：谈话记录。');
    // Without the 院党委's 预审 the 支部大会 cannot admit.
    expect(checkAdvance(memberInputOf(person), RULES, CAL, TODAY, '2025-03-10').missing).toEqual(['尚未登记上级党委预审的日期。']);

    // The report reaches the office with the scan; the office 预审s (refused first: no reviewer), and its 回执 dates it on the branch.
    await carry(branch, central);
    expect((await central.attachments.get(scan.id))?.sha256).toBe(scan.sha256);
    expect((await office.cases()).find((entry) => entry.member.id === person.id)?.pending).toBe('preReview');
    await expect(office.decide(person.id, 'preReview', { on: '2025-03-01', agreed: true, document: '', opinion: '', reviewer: ' ' }, TODAY)).rejects.toThrow(DecisionRefusedError);
    await office.decide(person.id, 'preReview', { on: '2025-03-01', agreed: true, document: '院组预〔2025〕3号', opinion: '同意', reviewer: '组织科 李敏' }, TODAY);
    const back = await carry(central, branch, branchId);
    expect(back.imported).toContain('已将院党委组织科的发展党员预审、审批意见记入 陈静 的发展纪实');
    person = await reload(branch, person.id);
    expect(person.development.preReviewOn).toBe('2025-03-01');

    // 支部大会 接收; the office 审批s; the 回执 dates it.
    expect(checkAdvance(memberInputOf(person), RULES, CAL, TODAY, '2025-03-10')).toMatchObject({ ok: true });
    person = await members.update(person.id, advanceStage(memberInputOf(person), '2025-03-10', RULES));
    await carry(branch, central);
    expect((await office.cases()).find((entry) => entry.member.id === person.id)?.pending).toBe('admissionApproval');
    await office.decide(person.id, 'admissionApproval', { on: '2025-04-15', agreed: true, document: '院党委〔2025〕8号', opinion: '同意接收为预备党员', reviewer: '组织科 李敏' }, TODAY);
    await carry(central, branch, branchId);
    person = await reload(branch, person.id);
    expect(person.development.committeeApprovalOn).toBe('2025-04-15');

    // 入党宣誓, 转正申请 and the 转正公示 (5 working days), with the 转正申请书 scan; then 转正.
    const application = await files.add(branchId, person.id, 'other', '转正申请书.pdf', PDF);
    person = await saveDossier(person, {
      stepDates: { ...dossierOf(person.development).stepDates, oath: '2025-07-01', fullMembershipApplied: '2026-02-20' },
      fullPublicityStart: '2026-03-02',
      documents: { ...dossierOf(person.development).documents, fullMembershipApplication: [application.id] },
    });
    expect(checkAdvance(memberInputOf(person), RULES, CAL, TODAY, '2026-03-06').missing).toEqual([
      '预备期 1 年，至 2026-03-10 方满，期满后方可讨论转正。',
      '转正公示至 2026-03-06 结束，公示期满后方可召开支部大会讨论转正。',
    ]);
    expect(checkAdvance(memberInputOf(person), RULES, CAL, TODAY, '2026-03-10')).toMatchObject({ ok: true });
    person = await members.update(person.id, advanceStage(memberInputOf(person), '2026-03-10', RULES));
    expect(person).toMatchObject({ stage: 'full', joinedOn: '2025-03-10', fullMembershipOn: '2026-03-10' });

    // The office approves 转正; the 回执 writes step 24 on the branch. A second import writes nothing again.
    await carry(branch, central);
    const atOffice = (await office.cases()).find((entry) => entry.member.id === person.id)!;
    expect(atOffice.pending).toBe('fullApproval');
    expect((await central.attachments.get(application.id))?.fileName).toBe('转正申请书.pdf');
    await office.decide(person.id, 'fullApproval', { on: '2026-03-25', agreed: true, document: '院党委〔2026〕5号', opinion: '同意按期转正', reviewer: '组织科 李敏' }, TODAY);
    await carry(central, branch, branchId);
    person = await reload(branch, person.id);
    expect(dossierOf(person.development).stepDates.fullMembershipApproved).toBe('2026-03-25');
    expect(await dossiers.applyReviews(branchId)).toEqual([]);
    const reviews = await dossiers.reviews(branchId);
    expect(reviews.get(person.id)?.decisions).toMatchObject({
      preReview: { document: '院组预〔2025〕3号' },
      admissionApproval: { document: '院党委〔2025〕8号' },
      fullApproval: { document: '院党委〔2026〕5号', opinion: '同意按期转正' },
    });
    // Every write is in the audit log, the office's decisions dated in included.
    const audited = (await branch.auditLog.where('recordId').equals(person.id).toArray()).flatMap((entry) => entry.changes.map((change) => change.field));
    expect(audited).toEqual(expect.arrayContaining(['development.preReviewOn', 'development.committeeApprovalOn', 'development.dossier.stepDates.fullMembershipApproved']));
    // Taking a document off the dossier tombstones its file.
    await saveDossier(person, { documents: { application: [scan.id] } });
    expect((await branch.attachments.get(application.id))?.deleted).toBe(true);
    expect((await branch.attachments.get(scan.id))?.deleted).toBe(false);
  });
});
