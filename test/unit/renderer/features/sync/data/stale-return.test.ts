import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../support/test-database';
import { centralPeerOf, enrolledPair as enrolledPairIn, exportFrom, importInto, ready, syncActor as actor } from '../../../support/sync-pair';
import type { LedgerDatabase } from '../../../../../../renderer/src/db/database';
import { createBackupRepository } from '../../../../../../renderer/src/features/backup/data/backup-repository';
import { createNoticeRepository } from '../../../../../../renderer/src/features/branches/data/notice-repository';
import { createReviewRepository } from '../../../../../../renderer/src/features/branches/data/review-repository';
import { createMeetingRepository } from '../../../../../../renderer/src/features/meetings/data/meeting-repository';
import { createMemberRepository } from '../../../../../../renderer/src/features/members/data/member-repository';
import { createRuleSetRepository } from '../../../../../../renderer/src/core/rules/rule-set-repository';
import { createPackageImporter } from '../../../../../../renderer/src/features/sync/data/import-package';
import { newMeetingContent } from '../../../../../../shared/meetings/new-meeting';
import { NATIONAL_RULE_SET } from '../../../../../../shared/rules/rule-set';
import { memberInput } from '../../../../shared/support/member-fixture';

const database = databasePerTest();


/** What a return package can move on a branch PC: acknowledgement, rule set, reviews, notices. */
async function branchState(branch: LedgerDatabase) {
  const peer = await centralPeerOf(branch);
  return {
    ackedSeq: peer.ackedSeq,
    ackedCounts: peer.ackedCounts,
    ruleSet: (await createRuleSetRepository(branch).active()).ruleSet,
    reviews: await branch.meetingReviews.toArray(),
    notices: await branch.notices.toArray(),
    packages: await branch.syncPackages.toArray(),
  };
}

/**
 * The scenario up to the newer return: R1 imported by the office, which makes C1 and
 * leaves it on the stick; the office publishes its rule set (40 学时), reviews the meeting and
 * sends a notice; R2 imported; C2 made and imported by the branch.
 */
async function newerReturnImported(options: { withRecords: boolean }) {
  const { central, branch, branchId } = await enrolledPair();
  const meeting = await createMeetingRepository(branch, { actor }).save(branchId, crypto.randomUUID(), newMeetingContent('committeeMeeting', '2026-03-05', NATIONAL_RULE_SET.rules.meetings));
  const r1 = await exportFrom(branch, (exporter) => exporter.branchReport());
  await importInto(central, r1);
  const c1 = await exportFrom(central, (exporter) => exporter.centralReturn(branchId));

  const office = { id: (await central.installation.get('this-pc'))!.ownerId, name: '市人民医院党委' };
  await createRuleSetRepository(central).publish({ name: '市人民医院党委规则', study: { memberAnnualHours: 40, leaderAnnualHours: 56 } }, office);
  if (options.withRecords) {
    await createReviewRepository(central, { actor: () => '组织科' }).review((await central.meetings.get(meeting.id))!, 'approved', '记录完整。', '组织科');
    await createNoticeRepository(central, { actor: () => '组织科' }).send([branchId], '关于报送第一季度台账的通知', '请于月底前报送。', '组织科');
  }
  await createMemberRepository(branch, { actor }).create(branchId, memberInput({ name: '张敏' }));
  const r2 = await exportFrom(branch, (exporter) => exporter.branchReport());
  await importInto(central, r2);
  const c2 = await exportFrom(central, (exporter) => exporter.centralReturn(branchId));
  return { central, branch, branchId, r1, r2, c1, c2 };
}

function enrolledPair() {
  return enrolledPairIn(database);
}

describe('a return older than one already imported from the central office', () => {
  it('R1, C1, R2, C2 imported, then C1: nothing moves back (acknowledgement, rule set, reviews, notices), and the next report starts after R2', async () => {
    const { branch, branchId, r1, r2, c1, c2 } = await newerReturnImported({ withRecords: true });
    expect(c1.manifest.seqTo).toBe(c1.manifest.seqFrom - 1); // an empty return: nothing but its acknowledgement and rule set
    expect(r1.manifest.seqTo).toBeLessThan(r2.manifest.seqTo);
    expect(await importInto(branch, c2)).toMatchObject({ status: 'imported' });
    const newer = await branchState(branch);
    expect(newer.ackedSeq).toBe(r2.manifest.seqTo);
    expect(newer.ruleSet).toMatchObject({ version: 2, rules: { study: { memberAnnualHours: { value: 40 } } } });
    expect(newer.reviews).toEqual([expect.objectContaining({ verdict: 'approved', opinion: '记录完整。' })]);
    expect(newer.notices).toEqual([expect.objectContaining({ title: '关于报送第一季度台账的通知' })]);

    // The wrong old file picked off the stick: said so in Chinese, nothing written.
    const importer = createPackageImporter(branch);
    const stale = await importer.preview(c1.bytes, c1.fileName);
    expect(stale).toMatchObject({ status: 'stale', message: expect.stringContaining('较早的回执') });
    expect(await branchState(branch)).toEqual(newer);

    const next = await (async () => {
      await createMemberRepository(branch, { actor }).create(branchId, memberInput({ name: '赵云' }));
      return exportFrom(branch, (exporter) => exporter.branchReport());
    })();
    expect(next.manifest.seqFrom).toBe(r2.manifest.seqTo + 1);
  });

  it('an older empty return previewed before the newer one was applied moves nothing back when applied after it', async () => {
    const { branch, r2, c1, c2 } = await newerReturnImported({ withRecords: false });
    const importer = createPackageImporter(branch);
    const older = ready(await importer.preview(c1.bytes, c1.fileName));
    await importer.apply(ready(await importer.preview(c2.bytes, c2.fileName)));
    const newer = await branchState(branch);
    expect(newer.ackedSeq).toBe(r2.manifest.seqTo);

    const result = await importer.apply(older);
    expect(result.message).toContain('较早的回执');
    const after = await branchState(branch);
    expect({ ...after, packages: after.packages.length }).toEqual({ ...newer, packages: newer.packages.length + 1 });
    expect(after.ruleSet).toMatchObject({ version: 2 });
  });

  it('still takes the lower acknowledgement of a newer return after the office restored an older backup, and the next report starts there', async () => {
    const { central, branch, branchId } = await enrolledPair();
    const r1 = await exportFrom(branch, (exporter) => exporter.branchReport());
    await importInto(central, r1);
    const backups = createBackupRepository(central);
    const backup = await backups.make();
    await createMemberRepository(branch, { actor }).create(branchId, memberInput({ name: '张敏' }));
    const r2 = await exportFrom(branch, (exporter) => exporter.branchReport());
    await importInto(central, r2);
    await importInto(branch, await exportFrom(central, (exporter) => exporter.centralReturn(branchId)));
    expect((await centralPeerOf(branch)).ackedSeq).toBe(r2.manifest.seqTo);

    // The office loses R2 with its data: its next return acknowledges only R1.
    const restoring = await backups.preview(backup.bytes, backup.fileName);
    if (restoring.status !== 'ready') throw new Error(`backup refused: ${restoring.message}`);
    await backups.restore(restoring);
    const c3 = await exportFrom(central, (exporter) => exporter.centralReturn(branchId));
    expect(await importInto(branch, c3)).toMatchObject({ status: 'imported' });
    expect((await centralPeerOf(branch)).ackedSeq).toBe(r1.manifest.seqTo);
    const again = await exportFrom(branch, (exporter) => exporter.branchReport());
    expect(again.manifest.seqFrom).toBe(r1.manifest.seqTo + 1);
  });
});
