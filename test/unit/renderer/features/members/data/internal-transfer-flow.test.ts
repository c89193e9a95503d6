import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../support/test-database';
import { carry, enrolledPair, exportFrom, syncActor as actor } from '../../../support/sync-pair';
import { createPackageImporter } from '../../../../../../renderer/src/features/sync/data/import-package';
import type { LedgerDatabase } from '../../../../../../renderer/src/db/database';
import { createRecordRepository } from '../../../../../../renderer/src/db/record-repository';
import { createAttachmentRepository } from '../../../../../../renderer/src/core/attachments/attachment-repository';
import { createInstallationRepository } from '../../../../../../renderer/src/core/installation/installation-repository';
import { createTransferOrderRepository, ApprovalRefusedError } from '../../../../../../renderer/src/features/branches/data/transfer-order-repository';
import { createMemberRepository } from '../../../../../../renderer/src/features/members/data/member-repository';
import { createTransferRepository, TransferRefusedError } from '../../../../../../renderer/src/features/members/data/transfer-repository';
import { createNotebookRepository } from '../../../../../../renderer/src/features/study/data/notebook-repository';
import { createEnrolmentRepository } from '../../../../../../renderer/src/features/sync/data/enrolment-repository';
import { EMPTY_INCOME } from '../../../../../../shared/dues/dues-types';
import { currentLeaving, isActiveMember } from '../../../../../../shared/members/roster-periods';
import { notebookIdOf } from '../../../../../../shared/study/study-types';
import { memberInput } from '../../../../shared/support/member-fixture';
import { memberDuesInputs } from '../../../../../../shared/dues/branch-dues';
import { registerImportFollowUps } from '../../../../../../renderer/src/app/import-follow-ups';
import { createDossierRepository } from '../../../../../../renderer/src/features/members/data/dossier-repository';
import { dossierOf } from '../../../../../../shared/development/dossier-types';
import { NATIONAL_RULE_SET } from '../../../../../../shared/rules/national-rule-set';

const database = databasePerTest();
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

/** A second branch PC set up and enrolled with the same central office. */
async function enrolAnother(central: LedgerDatabase, name: string): Promise<{ db: LedgerDatabase; id: string }> {
  const db = database();
  await createInstallationRepository(db).complete({ role: 'branch', name, parentOrganizationName: '' });
  const file = await createEnrolmentRepository(central).enrolBranch(name);
  const enrolments = createEnrolmentRepository(db);
  await enrolments.acceptEnrolment((await enrolments.readEnrolment(file.bytes)).enrolment, '支部备份口令2026');
  return { db, id: file.branchId };
}


describe('a move between two branches of the hospital through the central office', () => {
  it('old branch asks, the office approves, the new branch accepts the member with their history, the old keeps it; never on two rosters', async () => {
    const { central, branch: old, branchId: oldId } = await enrolledPair(database);
    const surgery = await enrolAnother(central, '外科党支部');
    // Its first report gives the office its keys, as in practice.
    await carry(surgery.db, central);

    // The old branch's records of the person: milestones, a dues base, a study note this year.
    const person = await createMemberRepository(old, { actor }).create(
      oldId,
      memberInput({ name: '张敏', stage: 'full', joinedOn: '2015-06-20', fullMembershipOn: '2016-06-20' }, { appliedOn: '2013-03-01', activistOn: '2013-09-01', candidateOn: '2014-09-01', admissionVoteOn: '2015-06-20', fullMembershipVoteOn: '2016-06-15' }),
    );
    await createRecordRepository(old, 'duesBases', { actor }).create(oldId, { memberId: person.id, year: 2026, fromMonth: 1, category: 'employed', income: { ...EMPTY_INCOME, postSalaryFen: 600000 }, hardship: null, note: '' });
    const oldNotebooks = createNotebookRepository(old, { actor });
    const photo = await oldNotebooks.attachPhoto(oldId, person.id, '2026-03-05', '笔记第1页.png', PNG);
    await oldNotebooks.addNotes(oldId, [
      { memberId: person.id, input: { date: '2026-03-05', materialTitle: '党的二十届四中全会精神', kind: 'documents', hours: 2, form: 'collective', text: '联系临床实际', attachmentId: photo.id } },
    ]);

    const transfers = createTransferRepository(old, { actor });
    const request = await transfers.request(oldId, person, '外科党支部', '2026-05-06', '工作调动至外科');
    await expect(transfers.request(oldId, person, '外科党支部', '2026-05-06', '')).rejects.toThrow(TransferRefusedError);
    await carry(old, central);

    // The office approves: refused without a letter number, then both orders written.
    const office = createTransferOrderRepository(central, { actor: () => '组织科 李敏' });
    expect((await office.list()).map((row) => [row.request.memberName, row.fromBranchName, row.status])).toEqual([['张敏', '内科第一党支部', 'requested']]);
    const approval = { toBranchId: surgery.id, toBranchName: '外科党支部', effectiveOn: '2026-05-11', letterNumber: '', approvedBy: '组织科 李敏' };
    await expect(office.approve(request.id, approval, '2026-05-12')).rejects.toThrow(new ApprovalRefusedError('请填写介绍信编号。'));
    expect(await central.transferOrders.count()).toBe(0);
    const { admission } = await office.approve(request.id, { ...approval, letterNumber: '院组字〔2026〕031 号' }, '2026-05-12');
    expect((await office.list())[0]!.status).toBe('approved');
    await expect(office.approve(request.id, { ...approval, letterNumber: '院组字〔2026〕031 号' }, '2026-05-12')).rejects.toThrow('该调动已批准过。');

    // The new branch receives the admission in its return and accepts: nothing typed again.
    const returnToSurgery = await carry(central, surgery.db, surgery.id);
    // The admission and the copy of the note's photo, owned by the new branch.
    expect(returnToSurgery.manifest.counts).toEqual({ transferOrders: 1, attachments: 1 });
    const arrivals = createTransferRepository(surgery.db, { actor });
    expect((await arrivals.pendingAdmissions(surgery.id)).map((order) => order.id)).toEqual([admission.id]);
    const arrived = await arrivals.accept(surgery.id, (await arrivals.pendingAdmissions(surgery.id))[0]!);
    await expect(arrivals.accept(surgery.id, admission)).rejects.toThrow('张敏已接收，不能重复接收。');
    expect(await arrivals.pendingAdmissions(surgery.id)).toEqual([]);
    expect(arrived).toMatchObject({ branchId: surgery.id, name: '张敏', joinedOn: '2015-06-20', fullMembershipOn: '2016-06-20', partyGroupId: '' });
    expect(arrived.development).toMatchObject({ appliedOn: '2013-03-01', candidateOn: '2014-09-01', fullMembershipVoteOn: '2016-06-15' });
    expect(arrived.transfers.at(-1)).toMatchObject({ direction: 'in', date: '2026-05-11', counterpart: '内科第一党支部', letterNumber: '院组字〔2026〕031 号', orderId: admission.id });
    // Dues: the old branch collects May (the month of the move), the new branch from June (党费交至 2026-05).
    expect(arrived.transfers.at(-1)!.duesPaidThrough).toBe('2026-05');
    expect((await surgery.db.duesBases.toArray()).filter((base) => !base.deleted)).toEqual([
      expect.objectContaining({ memberId: arrived.id, year: 2026, fromMonth: 6, income: expect.objectContaining({ postSalaryFen: 600000 }) }),
    ]);
    expect(memberDuesInputs({ members: [arrived], bases: [], payments: [] })[0]).toMatchObject({ owedFrom: '2026-06', owedThrough: null });
    const notes = Object.values((await surgery.db.studyNotebooks.get(notebookIdOf(arrived.id, 2026)))!.notes);
    expect(notes).toEqual([expect.objectContaining({ materialTitle: '党的二十届四中全会精神', hours: 2, text: '联系临床实际' })]);
    // The note keeps its photo: the new branch holds a copy of its own, with the same bytes.
    const carriedPhoto = await createNotebookRepository(surgery.db, { actor }).photo(notes[0]!.attachmentId);
    expect(carriedPhoto).toMatchObject({ branchId: surgery.id, fileName: '笔记第1页.png', mimeType: 'image/png', sha256: photo.sha256 });
    expect([...carriedPhoto!.bytes]).toEqual([...PNG]);

    // The old branch's return carries the release: importing it takes the person off the roster from the same day, history kept.
    registerImportFollowUps();
    const returnToOld = await carry(central, old, oldId);
    expect(returnToOld.imported).toContain('已按院党委组织科的调动通知将 张敏 调出本支部');
    expect(await transfers.settleReleases(oldId)).toEqual([]);
    expect(memberDuesInputs({ members: [(await old.members.get(person.id))!], bases: [], payments: [] })[0]).toMatchObject({ owedThrough: '2026-05' });
    const leftBehind = (await old.members.get(person.id))!;
    expect(currentLeaving(leftBehind)).toMatchObject({ kind: 'transferOut', date: '2026-05-11', counterpart: '外科党支部', document: '院组字〔2026〕031 号' });
    expect(leftBehind.development.appliedOn).toBe('2013-03-01');

    // Both reports reach the office: on every day the person is active in exactly one branch.
    await carry(surgery.db, central);
    await carry(old, central);
    const copies = (await central.members.toArray()).filter((member) => member.name === '张敏');
    expect(copies.map((member) => member.branchId).sort()).toEqual([oldId, surgery.id].sort());
    for (const day of ['2026-05-10', '2026-05-11', '2026-06-01']) {
      expect(copies.filter((member) => isActiveMember(member, day)), day).toHaveLength(1);
    }
    expect(copies.find((member) => isActiveMember(member, '2026-05-10'))!.branchId).toBe(oldId);
    expect(copies.find((member) => isActiveMember(member, '2026-05-11'))!.branchId).toBe(surgery.id);
  });

  it("carries the development dossier's files: the new branch holds copies of its own, named by the dossier; one taken off goes", async () => {
    const { central, branch: old, branchId: oldId } = await enrolledPair(database);
    const surgery = await enrolAnother(central, '外科党支部');
    await carry(surgery.db, central);
    const PDF = new TextEncoder().encode('%PDF-1.4\n% 入党申请书\n%%EOF');
    const person = await createMemberRepository(old, { actor }).create(
      oldId,
      memberInput({ name: '陈静', stage: 'probationary', joinedOn: '2025-06-20' }, { appliedOn: '2023-03-01', activistOn: '2023-09-01', candidateOn: '2024-09-01', admissionVoteOn: '2025-06-20' }),
    );
    const files = createAttachmentRepository(old);
    const application = await files.add(oldId, person.id, 'other', '入党申请书.pdf', PDF);
    const report = await files.add(oldId, person.id, 'other', '思想汇报.png', PNG);
    const dossier = { ...dossierOf(person.development), documents: { application: [application.id] }, thoughtReports: [{ id: 'r1', submittedOn: '2025-09-30', title: '第三季度思想汇报', attachmentIds: [report.id] }] };
    await createDossierRepository(old, { actor }).save(person, { ...person.development, dossier }, '2026-05-06', NATIONAL_RULE_SET);
    const request = await createTransferRepository(old, { actor }).request(oldId, (await old.members.get(person.id))!, '外科党支部', '2026-05-06', '工作调动');
    await carry(old, central);

    await createTransferOrderRepository(central, { actor }).approve(request.id, { toBranchId: surgery.id, toBranchName: '外科党支部', effectiveOn: '2026-05-11', letterNumber: '院组字〔2026〕032 号', approvedBy: '组织科' }, '2026-05-12');
    const toSurgery = await carry(central, surgery.db, surgery.id);
    expect(toSurgery.manifest.counts).toEqual({ transferOrders: 1, attachments: 2 });
    const arrivals = createTransferRepository(surgery.db, { actor });
    const arrived = await arrivals.accept(surgery.id, (await arrivals.pendingAdmissions(surgery.id))[0]!);
    const carried = dossierOf(arrived.development);
    const [applicationCopy, reportCopy] = await createAttachmentRepository(surgery.db).summaries([carried.documents.application![0]!, carried.thoughtReports[0]!.attachmentIds[0]!]);
    expect(applicationCopy).toMatchObject({ branchId: surgery.id, fileName: '入党申请书.pdf', sha256: application.sha256 });
    expect(reportCopy).toMatchObject({ branchId: surgery.id, fileName: '思想汇报.png', sha256: report.sha256 });
    expect([applicationCopy!.id, reportCopy!.id]).not.toContain(application.id);

    // The new branch takes the 思想汇报 scan off the dossier: its copy goes, the 入党申请书 stays.
    const withoutReport = { ...carried, thoughtReports: [{ ...carried.thoughtReports[0]!, attachmentIds: [] }] };
    await createDossierRepository(surgery.db, { actor }).save(arrived, { ...arrived.development, dossier: withoutReport }, '2026-05-20', NATIONAL_RULE_SET);
    expect((await createAttachmentRepository(surgery.db).summaries([applicationCopy!.id, reportCopy!.id])).map((file) => file.fileName)).toEqual(['入党申请书.pdf']);
  });

  it('a branch takes no other file from the office: one not owned by an admission in the same package is refused', async () => {
    const { central, branch, branchId } = await enrolledPair(database);
    await carry(branch, central);
    await createAttachmentRepository(central).add(branchId, 'not-an-order', 'photo', '照片.png', PNG);
    const pkg = await exportFrom(central, (exporter) => exporter.centralReturn(branchId));
    expect(pkg.manifest.counts).toMatchObject({ attachments: 1 });
    const preview = await createPackageImporter(branch).preview(pkg.bytes, pkg.fileName);
    expect(preview).toMatchObject({ status: 'refused', message: '数据包含有本机不接受的数据（attachments），已拒绝。' });
    expect(await branch.attachments.count()).toBe(0);
  });
});
