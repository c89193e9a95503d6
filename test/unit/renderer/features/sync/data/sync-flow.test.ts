import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../support/test-database';
import { enrolledPair as enrolledPairIn, exportFrom, ready, syncActor } from '../../../support/sync-pair';
import type { LedgerDatabase } from '../../../../../../renderer/src/db/database';
import type { PeerRow } from '../../../../../../renderer/src/db/sync-rows';
import { createRecordRepository } from '../../../../../../renderer/src/db/record-repository';
import { createNoteConfirmationRepository } from '../../../../../../renderer/src/features/branches/data/note-confirmation-repository';
import { createRuleSetRepository } from '../../../../../../renderer/src/core/rules/rule-set-repository';
import { createReviewRepository } from '../../../../../../renderer/src/features/branches/data/review-repository';
import { createMeetingRepository } from '../../../../../../renderer/src/features/meetings/data/meeting-repository';
import { createMemberRepository } from '../../../../../../renderer/src/features/members/data/member-repository';
import { ALREADY_IMPORTED, createPackageImporter } from '../../../../../../renderer/src/features/sync/data/import-package';
import { createNotebookRepository } from '../../../../../../renderer/src/features/study/data/notebook-repository';
import { createKeysRepository } from '../../../../../../renderer/src/features/sync/data/keys-repository';
import { findPeer } from '../../../../../../renderer/src/features/sync/data/sync-state';
import { createSyncReads } from '../../../../../../renderer/src/features/sync/data/sync-repository';
import { newMeetingContent } from '../../../../../../shared/meetings/new-meeting';
import { notebookIdOf } from '../../../../../../shared/study/study-types';
import { NATIONAL_RULE_SET } from '../../../../../../shared/rules/rule-set';
import { memberInput } from '../../../../shared/support/member-fixture';

const database = databasePerTest();
const actor = syncActor;
const enrolledPair = () => enrolledPairIn(database);

async function counts(db: LedgerDatabase) {
  return { members: await db.members.count(), meetings: await db.meetings.count(), reviews: await db.meetingReviews.count(), packages: await db.syncPackages.count() };
}

describe('a branch and the central office exchanging packages', () => {
  it('enrols the branch under the id the central office gave, keeping what it recorded before', async () => {
    const { branch, branchId, earlyMemberId } = await enrolledPair();
    expect((await branch.installation.get('this-pc'))!.ownerId).toBe(branchId);
    expect(await branch.branches.get(branchId)).toMatchObject({ id: branchId, branchId, name: '内科第一党支部' });
    expect(await branch.members.get(earlyMemberId)).toMatchObject({ branchId, name: '李强' });
    expect((await createKeysRepository(branch).ownKeys())!.signingPrivateKey.extractable).toBe(false);
  });

  it('carries the records, applies each package once, reviews travel back and acknowledge delivery', async () => {
    const { central, branch, branchId } = await enrolledPair();
    const meetings = createMeetingRepository(branch, { actor });
    const meeting = await meetings.save(branchId, crypto.randomUUID(), newMeetingContent('committeeMeeting', '2026-03-05', NATIONAL_RULE_SET.rules.meetings));
    await createMemberRepository(branch, { actor }).create(branchId, memberInput({ name: '张敏' }));

    const report = await exportFrom(branch, (exporter) => exporter.branchReport());
    expect(report.manifest).toMatchObject({ kind: 'branch-report', senderId: branchId, seqFrom: 1, counts: { branches: 1, members: 2, meetings: 1 } });

    const importer = createPackageImporter(central);
    const preview = ready(await importer.preview(report.bytes, report.fileName));
    expect(preview.newSenderFingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    expect(preview.plan.added).toHaveLength(4);
    expect(await counts(central)).toEqual({ members: 0, meetings: 0, reviews: 0, packages: 0 });
    expect(await importer.apply(preview)).toMatchObject({ status: 'imported' });
    expect(await central.meetings.get(meeting.id)).toMatchObject({ sessionName: meeting.sessionName, branchId });
    const afterFirst = await counts(central);

    // The same file again: refused as already imported, nothing written.
    const again = await importer.preview(report.bytes, report.fileName);
    expect(again).toMatchObject({ status: 'replay', message: ALREADY_IMPORTED });
    expect(await importer.apply(preview)).toEqual({ status: 'replay', message: ALREADY_IMPORTED });
    expect(await counts(central)).toEqual(afterFirst);

    await createReviewRepository(central, { actor: () => '组织科' }).review((await central.meetings.get(meeting.id))!, 'returned', '缺少签到表，请补充。', '组织科');
    const back = await exportFrom(central, (exporter) => exporter.centralReturn(branchId));
    expect(back.manifest).toMatchObject({ kind: 'central-return', receiverId: branchId, counts: { meetingReviews: 1 } });

    const branchImporter = createPackageImporter(branch);
    expect(await branchImporter.apply(ready(await branchImporter.preview(back.bytes, back.fileName)))).toMatchObject({ status: 'imported' });
    expect(await branch.meetingReviews.get(meeting.id)).toMatchObject({ verdict: 'returned', opinion: '缺少签到表，请补充。' });
    const centralPeer = (await findPeer(branch, (await branch.syncState.get('enrolment') as { centralId: string }).centralId)) as PeerRow;
    expect(centralPeer).toMatchObject({ ackedSeq: report.manifest.seqTo, ackedCounts: expect.objectContaining({ members: 2, meetings: 1 }) });

    // Acknowledged: the next report carries only what changed since.
    await createMemberRepository(branch, { actor }).create(branchId, memberInput({ name: '赵云' }));
    const next = await exportFrom(branch, (exporter) => exporter.branchReport());
    expect(next.manifest).toMatchObject({ seqFrom: report.manifest.seqTo + 1, counts: { members: 1 } });
  });

  it('brings the central office’s confirmation of an excellent note back, leaving the notes typed at the branch meanwhile as they are', async () => {
    const { central, branch, branchId, earlyMemberId } = await enrolledPair();
    const notebooks = createNotebookRepository(branch, { actor });
    const note = (materialTitle: string) => ({ date: '2026-03-05', materialTitle, kind: 'documents' as const, hours: 2, form: 'collective' as const, text: '', attachmentId: '' });
    const [first] = await notebooks.addNotes(branchId, [{ memberId: earlyMemberId, input: note('党的二十届四中全会精神') }]);
    const notebookId = notebookIdOf(earlyMemberId, 2026);
    await notebooks.markExcellent(notebookId, first!.id, '联系临床实际');
    const report = await exportFrom(branch, (exporter) => exporter.branchReport());
    const importer = createPackageImporter(central);
    await importer.apply(ready(await importer.preview(report.bytes, report.fileName)));

    // The office confirms; the branch meanwhile types another note into the same notebook.
    await createNoteConfirmationRepository(central, { actor: () => '组织科' }).confirm(notebookId, first!.id, '推荐全院展评', '组织科');
    const [second] = await notebooks.addNotes(branchId, [{ memberId: earlyMemberId, input: note('《中国共产党章程》') }]);
    const back = await exportFrom(central, (exporter) => exporter.centralReturn(branchId));
    expect(back.manifest.counts).toEqual({ noteConfirmations: 1 });

    const branchImporter = createPackageImporter(branch);
    const preview = ready(await branchImporter.preview(back.bytes, back.fileName));
    expect(preview.plan.conflicts).toEqual([]);
    await branchImporter.apply(preview);
    expect(await branch.noteConfirmations.get(first!.id)).toMatchObject({ notebookId, opinion: '推荐全院展评', confirmedBy: '组织科' });
    expect(Object.keys((await branch.studyNotebooks.get(notebookId))!.notes).sort()).toEqual([first!.id, second!.id].sort());
    expect((await notebooks.confirmations(branchId)).get(first!.id)?.opinion).toBe('推荐全院展评');

    // The next report carries the new note; the office's confirmation stays.
    const next = await exportFrom(branch, (exporter) => exporter.branchReport());
    await importer.apply(ready(await importer.preview(next.bytes, next.fileName)));
    expect(Object.keys((await central.studyNotebooks.get(notebookId))!.notes)).toHaveLength(2);
    expect(await central.noteConfirmations.get(first!.id)).toMatchObject({ opinion: '推荐全院展评' });
  });

  it('re-sends everything unacknowledged, so a lost package loses nothing', async () => {
    const { central, branch, branchId } = await enrolledPair();
    const lost = await exportFrom(branch, (exporter) => exporter.branchReport());
    await createMemberRepository(branch, { actor }).create(branchId, memberInput({ name: '张敏' }));
    const second = await exportFrom(branch, (exporter) => exporter.branchReport());
    expect(second.manifest.seqFrom).toBe(lost.manifest.seqFrom);
    const importer = createPackageImporter(central);
    await importer.apply(ready(await importer.preview(second.bytes, second.fileName)));
    expect((await central.members.toArray()).map((member) => member.name).sort()).toEqual(['张敏', '李强']);
  });

  it('quarantines a package after a gap, naming the missing changes, and writes no record', async () => {
    const { central, branch, branchId } = await enrolledPair();
    const importer = createPackageImporter(central);
    const first = await exportFrom(branch, (exporter) => exporter.branchReport());
    await importer.apply(ready(await importer.preview(first.bytes, first.fileName)));
    // The branch was told the first package arrived, yet the central office PC was restored from an older backup.
    const back = await exportFrom(central, (exporter) => exporter.centralReturn(branchId));
    const branchImporter = createPackageImporter(branch);
    await branchImporter.apply(ready(await branchImporter.preview(back.bytes, back.fileName)));
    await central.syncState.put({ ...((await findPeer(central, branchId)) as PeerRow), receivedSeq: 0 });
    await createMemberRepository(branch, { actor }).create(branchId, memberInput({ name: '张敏' }));
    const after = await exportFrom(branch, (exporter) => exporter.branchReport());
    const membersBefore = await central.members.count();

    const preview = await importer.preview(after.bytes, after.fileName);
    expect(preview).toMatchObject({ status: 'gap', missingFrom: 1, missingTo: first.manifest.seqTo });
    expect((preview as { message: string }).message).toContain(`第 1–${first.manifest.seqTo} 号`);
    expect(await central.members.count()).toBe(membersBefore);
    expect(await importer.quarantined(branchId)).toEqual([expect.objectContaining({ packageId: after.manifest.packageId, status: 'quarantined' })]);
  });

  it('fills a lost return package: the branch is told to ask the 组织部门, and 重新生成全部回执 brings everything', async () => {
    const { central, branch, branchId } = await enrolledPair();
    const meetings = createMeetingRepository(branch, { actor });
    const first = await meetings.save(branchId, crypto.randomUUID(), newMeetingContent('committeeMeeting', '2026-03-05', NATIONAL_RULE_SET.rules.meetings));
    const second = await meetings.save(branchId, crypto.randomUUID(), newMeetingContent('partyLecture', '2026-03-12', NATIONAL_RULE_SET.rules.meetings));
    const report = await exportFrom(branch, (exporter) => exporter.branchReport());
    const importer = createPackageImporter(central);
    await importer.apply(ready(await importer.preview(report.bytes, report.fileName)));
    const reviews = createReviewRepository(central, { actor: () => '组织科' });
    await reviews.review((await central.meetings.get(first.id))!, 'returned', '缺少签到表。', '组织科');
    await exportFrom(central, (exporter) => exporter.centralReturn(branchId)); // lost on the way
    await reviews.review((await central.meetings.get(second.id))!, 'approved', '', '组织科');
    const later = await exportFrom(central, (exporter) => exporter.centralReturn(branchId));
    expect(later.manifest.seqFrom).toBe(2);

    const branchImporter = createPackageImporter(branch);
    const gap = await branchImporter.preview(later.bytes, later.fileName);
    expect(gap).toMatchObject({ status: 'gap', missingFrom: 1, missingTo: 1 });
    expect((gap as { message: string }).message).toContain('请联系院党委组织部门为本支部重新导出（重新生成全部回执）');
    expect(await branch.meetingReviews.count()).toBe(0);

    const resent = await exportFrom(central, (exporter) => exporter.centralReturn(branchId, { resendAll: true }));
    expect(resent.manifest).toMatchObject({ seqFrom: 1, seqTo: 2, counts: { meetingReviews: 2 } });
    expect(await branchImporter.apply(ready(await branchImporter.preview(resent.bytes, resent.fileName)))).toMatchObject({ status: 'imported' });
    expect((await branch.meetingReviews.toArray()).map((review) => review.verdict).sort()).toEqual(['approved', 'returned']);
    // The package that waited in quarantine is covered now: nothing more to do.
    expect(await branchImporter.preview(later.bytes, later.fileName)).toMatchObject({ status: 'replay' });
    // Regenerating again changes nothing on the branch.
    const again = await exportFrom(central, (exporter) => exporter.centralReturn(branchId, { resendAll: true }));
    expect(await branchImporter.preview(again.bytes, again.fileName)).toMatchObject({ status: 'replay', message: ALREADY_IMPORTED });
  });

  it('compares the acknowledgement’s counts with its own, naming a table that diverged and the counts on each side', async () => {
    const { central, branch, branchId } = await enrolledPair();
    const members = createMemberRepository(branch, { actor });
    const second = await members.create(branchId, memberInput({ name: '张敏' }));
    const importer = createPackageImporter(central);
    const branchImporter = createPackageImporter(branch);
    const roundTrip = async () => {
      const report = await exportFrom(branch, (exporter) => exporter.branchReport());
      const preview = await importer.preview(report.bytes, report.fileName);
      if (preview.status === 'ready') await importer.apply(preview);
      const back = await exportFrom(central, (exporter) => exporter.centralReturn(branchId));
      await branchImporter.apply(ready(await branchImporter.preview(back.bytes, back.fileName)));
    };
    const reads = createSyncReads(branch);
    expect((await reads.branchStatus()).counts).toBeUndefined();
    await roundTrip();
    const agreed = (await reads.branchStatus()).counts!;
    expect(agreed.different).toEqual([]);
    expect(agreed.tables).toContainEqual({ table: 'members', local: 2, central: 2, status: 'same' });

    // A change not yet acknowledged: its table waits for the next return.
    await members.create(branchId, memberInput({ name: '赵云' }));
    expect((await reads.branchStatus()).counts!.tables).toContainEqual({ table: 'members', local: 3, central: 2, status: 'pending' });

    // The central office loses a record it had acknowledged (an old backup restored, say).
    await roundTrip();
    await central.members.delete(second.id);
    const back = await exportFrom(central, (exporter) => exporter.centralReturn(branchId));
    await branchImporter.apply(ready(await branchImporter.preview(back.bytes, back.fileName)));
    expect((await reads.branchStatus()).counts!.different).toEqual([{ table: 'members', local: 3, central: 2, status: 'different' }]);
  });

  describe('edits on both sides since their common version, told apart by the change log', () => {
    /** The branch's roster reaches the central office; then each side edits 李强 without seeing the other's edit. */
    async function editedOnBothSides(centralPatch: Record<string, string>, branchPatch: Record<string, string>) {
      const { central, branch, branchId, earlyMemberId } = await enrolledPair();
      const importer = createPackageImporter(central);
      const first = await exportFrom(branch, (exporter) => exporter.branchReport());
      await importer.apply(ready(await importer.preview(first.bytes, first.fileName)));
      await createMemberRepository(central, { actor: () => '组织科' }).update(earlyMemberId, centralPatch);
      await new Promise((resolve) => setTimeout(resolve, 5)); // the branch's edit is the later one by the clock
      await createMemberRepository(branch, { actor }).update(earlyMemberId, branchPatch);
      const second = await exportFrom(branch, (exporter) => exporter.branchReport());
      const preview = ready(await importer.preview(second.bytes, second.fileName));
      await importer.apply(preview);
      return { central, preview, memberId: earlyMemberId, branchId };
    }

    it('lists one field changed on both sides as a conflict, keeping both values and applying the later', async () => {
      const { central, preview, memberId, branchId } = await editedOnBothSides({ phone: '13900000001' }, { phone: '13800000002' });
      const expected = { table: 'members', id: memberId, field: 'phone', localValue: '13900000001', incomingValue: '13800000002', localOrigin: expect.not.stringMatching(branchId), incomingOrigin: branchId, applied: 'incoming' };
      expect(preview.plan.conflicts).toEqual([expect.objectContaining(expected)]);
      expect(await central.members.get(memberId)).toMatchObject({ phone: '13800000002' });
      const { id: recordId, ...stored } = expected;
      expect(await central.conflicts.toArray()).toEqual([expect.objectContaining({ ...stored, recordId, branchId })]);

      // A person decides: this PC does not own the branch's roster, so the branch corrects it; the record is left as it is.
      const reads = createSyncReads(central);
      const [row] = await reads.openConflicts();
      expect(await reads.resolveConflict(row!.id, 'local')).toBe('owner-corrects');
      expect(await reads.openConflicts()).toEqual([]);
      expect(await central.members.get(memberId)).toMatchObject({ phone: '13800000002' });
      await expect(reads.resolveConflict(row!.id, 'incoming')).rejects.toThrow('已经处理过');
    });

    it('writes the value a person keeps into a record this PC owns, audited and queued to send', async () => {
      const { central, branchId } = await enrolledPair();
      const notice = await createRecordRepository(central, 'notices', { actor: () => '组织科' }).create(branchId, { title: '关于报送台账的通知', body: '请于月底前报送。', issuedBy: '组织科' });
      const conflict = { table: 'notices', recordId: notice.id, field: 'title', localValue: '关于报送第四季度台账的通知', localHlc: notice.hlc!, localOrigin: 'central', incomingValue: notice.title, incomingHlc: notice.hlc!, incomingOrigin: branchId, applied: 'incoming' as const };
      await central.conflicts.bulkAdd([
        { ...conflict, id: 'c-1', branchId, detectedAt: '2026-03-01T08:00:00.000Z' },
        { ...conflict, id: 'c-2', field: 'body', localValue: '改过的内容', branchId, detectedAt: '2026-03-01T08:00:00.000Z' },
      ]);
      const reads = createSyncReads(central);
      const logged = await central.changeLog.count();
      expect(await reads.resolveConflict('c-1', 'local')).toBe('written');
      expect(await central.notices.get(notice.id)).toMatchObject({ title: '关于报送第四季度台账的通知' });
      expect(await central.changeLog.count()).toBe(logged + 1);
      expect(await reads.resolveConflict('c-2', 'incoming')).toBe('kept');
      expect(await central.notices.get(notice.id)).toMatchObject({ body: '请于月底前报送。' });
      expect(await reads.openConflicts()).toEqual([]);
    });

    it('merges different fields changed on each side without a conflict, losing neither', async () => {
      const { central, preview, memberId } = await editedOnBothSides({ department: '心血管内科' }, { phone: '13800000002' });
      expect(preview.plan.conflicts).toEqual([]);
      expect(await central.members.get(memberId)).toMatchObject({ department: '心血管内科', phone: '13800000002' });
      expect(await central.conflicts.count()).toBe(0);
    });
  });

  it('applies the rule set the central office sends: in the enrolment file, then the newer one in a return package', async () => {
    const office = { id: '', name: '市人民医院党委' };
    const publish = async (central: LedgerDatabase, memberAnnualHours: number, leaderAnnualHours: number) => {
      office.id = (await central.installation.get('this-pc'))!.ownerId;
      return createRuleSetRepository(central).publish({ name: '市人民医院党委规则', study: { memberAnnualHours, leaderAnnualHours } }, office);
    };
    const { central, branch, branchId } = await enrolledPairIn(database, (db) => publish(db, 40, 56));
    const branchRules = createRuleSetRepository(branch);
    expect((await branchRules.active()).ruleSet).toMatchObject({ version: 2, rules: { study: { memberAnnualHours: { value: 40 } } } });

    const report = await exportFrom(branch, (exporter) => exporter.branchReport());
    const importer = createPackageImporter(central);
    await importer.apply(ready(await importer.preview(report.bytes, report.fileName)));
    await publish(central, 48, 60);
    const back = await exportFrom(central, (exporter) => exporter.centralReturn(branchId));
    const branchImporter = createPackageImporter(branch);
    const result = await branchImporter.apply(ready(await branchImporter.preview(back.bytes, back.fileName)));
    expect(result.message).toContain('已启用院党委下发的规则集“市人民医院党委规则”（第 3 版）');
    const active = await branchRules.active();
    expect(active).toMatchObject({ source: 'stored', ruleSet: { version: 3, rules: { study: { memberAnnualHours: { value: 48 }, leaderAnnualHours: { value: 60 } } } } });
  });

  it('refuses a package with a flipped byte, in Chinese, and one from a branch that was never enrolled', async () => {
    const { central, branch } = await enrolledPair();
    const report = await exportFrom(branch, (exporter) => exporter.branchReport());
    const damaged = report.bytes.slice();
    damaged[damaged.length - 40]! ^= 0x01;
    const importer = createPackageImporter(central);
    expect(await importer.preview(damaged, 'x.zbpkg')).toMatchObject({ status: 'refused', message: expect.stringMatching(/[\u4e00-\u9fa5]/) });
    await central.syncState.clear();
    expect(await importer.preview(report.bytes, 'x.zbpkg')).toMatchObject({ status: 'refused', message: expect.stringContaining('未在本机登记') });
    expect(await central.members.count()).toBe(0);
  });

  it('asks before applying a package that deletes more than the allowed share of a branch’s records', async () => {
    const { central, branch, branchId } = await enrolledPair();
    const members = createMemberRepository(branch, { actor });
    const added = await members.importMany(branchId, { adds: [memberInput({ name: '甲' }), memberInput({ name: '乙' }), memberInput({ name: '丙' })], updates: [] });
    const importer = createPackageImporter(central);
    const first = await exportFrom(branch, (exporter) => exporter.branchReport());
    await importer.apply(ready(await importer.preview(first.bytes, first.fileName)));
    for (const member of added.added) await members.remove(member.id);
    const deleting = await exportFrom(branch, (exporter) => exporter.branchReport());
    const preview = ready(await importer.preview(deleting.bytes, deleting.fileName));
    expect(preview.massDelete).toEqual({ deleted: 3, live: 5 });
    await expect(importer.apply(preview)).rejects.toThrow('须先确认');
    expect(await central.members.filter((member) => member.deleted).count()).toBe(0);
    await importer.apply(preview, { confirmMassDelete: true });
    expect(await central.members.filter((member) => member.deleted).count()).toBe(3);
  });
});
