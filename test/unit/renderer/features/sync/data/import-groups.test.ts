import { describe, expect, it, vi } from 'vitest';
import { databasePerTest } from '../../../support/test-database';
import { enrolledPair, exportFrom, ready, syncActor } from '../../../support/sync-pair';
import type { LedgerDatabase } from '../../../../../../renderer/src/db/database';
import { DerivedDatabase } from '../../../../../../renderer/src/db/derived-db';
import { localToday } from '../../../../../../renderer/src/core/today';
import { createBranchesRepository } from '../../../../../../renderer/src/features/branches/data/branches-repository';
import { createInstallationRepository } from '../../../../../../renderer/src/core/installation/installation-repository';
import { createMeetingRepository } from '../../../../../../renderer/src/features/meetings/data/meeting-repository';
import { createMemberRepository } from '../../../../../../renderer/src/features/members/data/member-repository';
import { createEnrolmentRepository } from '../../../../../../renderer/src/features/sync/data/enrolment-repository';
import { groupsOf, importInGroups, previewFolder, type PendingImport } from '../../../../../../renderer/src/features/sync/data/import-groups';
import { createPackageImporter, type ImportPreview, type PreviewContext, type ReadyPreview } from '../../../../../../renderer/src/features/sync/data/import-package';
import { newMeetingContent } from '../../../../../../shared/meetings/new-meeting';
import { NATIONAL_RULE_SET } from '../../../../../../shared/rules/rule-set';
import { digestDatabase } from '../../../../../support/database-digest';
import { memberInput } from '../../../../shared/support/member-fixture';
import type { MemberRecord } from '../../../../../../shared/members/member';

const database = databasePerTest();

/** Only what groupsOf reads of a preview. */
function pending(senderId: string, writes: number): PendingImport {
  const plan = { added: Array.from({ length: writes }, () => ({})), changed: [], deleted: [], conflicts: [] };
  return { ready: { fileName: `${senderId}.zbpkg`, manifest: { senderId }, plan } as unknown as ReadyPreview, confirmMassDelete: false };
}

const senders = (groups: PendingImport[][]) => groups.map((group) => group.map((item) => item.ready.manifest.senderId).join(''));

describe('groupsOf', () => {
  it('keeps the order and closes a group at the package limit, at the write limit and before a second package of one sender', () => {
    const items = ['a', 'b', 'c', 'd', 'e'].map((sender) => pending(sender, 10));
    expect(senders(groupsOf(items, { packages: 2, writes: 1000 }))).toEqual(['ab', 'cd', 'e']);
    expect(senders(groupsOf(items, { packages: 10, writes: 25 }))).toEqual(['ab', 'cd', 'e']);
    expect(senders(groupsOf([pending('a', 1), pending('b', 1), pending('a', 1), pending('c', 1)], { packages: 10, writes: 1000 }))).toEqual(['ab', 'ac']);
    // A package larger than the write limit still goes, in a group of its own.
    expect(senders(groupsOf([pending('a', 5), pending('b', 50), pending('c', 5)], { packages: 10, writes: 20 }))).toEqual(['a', 'b', 'c']);
    expect(groupsOf([], { packages: 2, writes: 10 })).toEqual([]);
  });
});

/** A central office and `count` branches, each enrolled, with members and a meeting, each having made its first report. */
async function officeWithReports(count: number) {
  const first = await enrolledPair(database);
  const { central } = first;
  const branches: { db: LedgerDatabase; branchId: string }[] = [{ db: first.branch, branchId: first.branchId }];
  for (let index = 1; index < count; index += 1) {
    const db = database();
    const name = `外科第${index}党支部`;
    await createInstallationRepository(db).complete({ role: 'branch', name, parentOrganizationName: '' });
    const file = await createEnrolmentRepository(central).enrolBranch(name);
    const enrolments = createEnrolmentRepository(db);
    await enrolments.acceptEnrolment((await enrolments.readEnrolment(file.bytes)).enrolment, '支部备份口令2026');
    branches.push({ db, branchId: file.branchId });
  }
  const reports = [];
  for (const [index, { db, branchId }] of branches.entries()) {
    const members = createMemberRepository(db, { actor: syncActor });
    for (let person = 0; person <= index; person += 1) await members.create(branchId, memberInput({ name: `党员${index}-${person}` }));
    await createMeetingRepository(db, { actor: syncActor }).save(branchId, crypto.randomUUID(), newMeetingContent('committeeMeeting', '2026-03-05', NATIONAL_RULE_SET.rules.meetings));
    reports.push(await exportFrom(db, (exporter) => exporter.branchReport()));
  }
  const derived = new DerivedDatabase(central.name);
  const importer = createPackageImporter(central, undefined, derived);
  const previews: PendingImport[] = [];
  for (const report of reports) previews.push({ ready: ready(await importer.preview(report.bytes, report.fileName)), confirmMassDelete: false });
  return { central, derived, importer, branches, previews, reports };
}

/** Counts applyGroup and apply calls, so a test sees how many transactions an import took. */
function counting(importer: ReturnType<typeof createPackageImporter>) {
  const calls = { groups: 0, single: 0 };
  return {
    calls,
    importer: {
      applyGroup: (...args: Parameters<typeof importer.applyGroup>) => ((calls.groups += 1), importer.applyGroup(...args)),
      apply: (...args: Parameters<typeof importer.apply>) => ((calls.single += 1), importer.apply(...args)),
    },
  };
}

describe('importInGroups', () => {
  it('imports a folder in one transaction per group and keeps each branch\'s counts made from the records committed', async () => {
    const { central, derived, importer, branches, previews } = await officeWithReports(3);
    const { calls, importer: counted } = counting(importer);
    const progress: string[] = [];
    const result = await importInGroups(counted, previews, { limits: { packages: 20, writes: 5000 }, onProgress: (done, total, fileName) => progress.push(`${done}/${total} ${fileName}`) });

    expect(result.cancelled).toBe(false);
    expect(result.firstFailure).toBeUndefined();
    expect(result.outcomes.map((outcome) => outcome?.status)).toEqual(['imported', 'imported', 'imported']);
    expect(calls).toEqual({ groups: 1, single: 0 });
    expect(progress).toEqual(previews.map((item, index) => `${index}/3 ${item.ready.fileName}`));
    for (const [index, { branchId }] of branches.entries()) {
      const kept = await derived.branchCounts.get(branchId);
      // The first branch also holds 李强, recorded before it was enrolled.
      expect(kept).toMatchObject({ memberCount: await central.members.where('branchId').equals(branchId).count(), meetingCount: 1 });
      expect(kept!.memberCount).toBe(index + 1 + (index === 0 ? 1 : 0));
      expect(kept!.receivedSeq).toBe(previews[index]!.ready.manifest.seqTo);
    }
    derived.close();
  });

  it('makes the import day\'s dues standing with the counts, so the first 各支部 view that day reads it instead of the dues records', async () => {
    const { central, derived, importer, previews } = await officeWithReports(3);
    await importInGroups(importer, previews);
    const today = localToday();
    const kept = await derived.branchCounts.toArray();
    expect(kept.map((row) => row.dues?.today)).toEqual([today, today, today]);

    const branches = createBranchesRepository(central, derived);
    const rewritten = vi.spyOn(derived.branchCounts, 'bulkPut');
    const first = await branches.overview(NATIONAL_RULE_SET.rules, today);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Nothing was stale: the view kept nothing anew, and showed the standing the import made.
    expect(rewritten).not.toHaveBeenCalled();
    const byId = new Map(kept.map((row) => [row.branchId, row.dues!.standing]));
    expect(first.map((row) => row.dues)).toEqual(first.map((row) => byId.get(row.peer.peerId)));
    // The same standing as made from the dues records on the day.
    await derived.branchCounts.clear();
    expect((await branches.overview(NATIONAL_RULE_SET.rules, today)).map((row) => row.dues)).toEqual(first.map((row) => row.dues));
    // Another day makes it again.
    rewritten.mockClear();
    await branches.overview(NATIONAL_RULE_SET.rules, '2099-01-01');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(rewritten).toHaveBeenCalled();
    derived.close();
  });

  it('rolls a failing group back whole, then imports its packages one by one and names the first that fails', async () => {
    const { central, derived, importer, branches, previews } = await officeWithReports(3);
    // Previewed against a stream that has moved on since: its apply throws inside the transaction, after the first package's writes.
    const stale: PendingImport = { ...previews[1]!, ready: { ...previews[1]!.ready, receivedSeqAtPreview: 7 } };
    const items = [previews[0]!, stale, previews[2]!];

    const before = await digestDatabase(central);
    await expect(importer.applyGroup(items)).rejects.toThrow('预览之后又导入了其他数据包');
    expect(await digestDatabase(central)).toEqual(before);
    expect(await derived.branchCounts.count()).toBe(0);

    const { calls, importer: counted } = counting(importer);
    const result = await importInGroups(counted, items, { limits: { packages: 20, writes: 5000 } });
    expect(calls).toEqual({ groups: 1, single: 3 });
    expect(result.outcomes.map((outcome) => outcome?.status)).toEqual(['imported', 'failed', 'imported']);
    expect(result.firstFailure).toEqual({ fileName: stale.ready.fileName, message: '预览之后又导入了其他数据包，请重新预览此数据包。' });
    expect(await central.members.where('branchId').equals(branches[1]!.branchId).count()).toBe(0);
    expect(await central.syncPackages.get(stale.ready.manifest.packageId)).toBeUndefined();
    expect(await central.members.where('branchId').equals(branches[2]!.branchId).count()).toBe(3);
    expect((await derived.branchCounts.toArray()).map((row) => row.branchId).sort()).toEqual([branches[0]!.branchId, branches[2]!.branchId].sort());
    derived.close();
  });

  it('refuses a package bringing a record whose id another branch holds: the first failing package is named, the other branch\'s row untouched', async () => {
    const { central, derived, importer, branches, previews, reports } = await officeWithReports(3);
    // The third branch's package brings members new to it; one of their ids already stands under the first branch here.
    const taken = previews[2]!.ready.plan.added.find((write) => write.table === 'members')!;
    const foreign = { ...(taken.after as unknown as MemberRecord), branchId: branches[0]!.branchId, name: '另一支部的党员' };
    await central.members.put(foreign);
    // The preview looks in the sender's branch only: the row is not seen, the record is planned as new.
    const again = ready(await importer.preview(reports[2]!.bytes, reports[2]!.fileName));
    expect(again.plan.added.map((write) => write.id)).toContain(taken.id);
    const items = [...previews.slice(0, 2), { ready: again, confirmMassDelete: false }];

    const result = await importInGroups(importer, items, { limits: { packages: 20, writes: 5000 } });
    expect(result.outcomes.map((outcome) => outcome?.status)).toEqual(['imported', 'imported', 'failed']);
    expect(result.firstFailure?.fileName).toBe(previews[2]!.ready.fileName);
    expect(result.firstFailure?.message).toContain('属于其他支部');
    expect(await central.members.get(taken.id)).toEqual(foreign);
    expect(await central.members.where('branchId').equals(branches[2]!.branchId).count()).toBe(0);
    expect(await central.syncPackages.get(previews[2]!.ready.manifest.packageId)).toBeUndefined();
    derived.close();
  });

  it('stops between groups when cancelled: the groups committed stay, the rest wrote nothing', async () => {
    const { central, derived, importer, branches, previews } = await officeWithReports(3);
    let asked = 0;
    const result = await importInGroups(importer, previews, { limits: { packages: 2, writes: 5000 }, cancelled: () => asked++ > 0 });
    expect(result.cancelled).toBe(true);
    expect(result.outcomes.map((outcome) => outcome?.status)).toEqual(['imported', 'imported', undefined]);
    expect(await central.members.where('branchId').equals(branches[2]!.branchId).count()).toBe(0);
    expect(await central.syncPackages.count()).toBe(2);
    derived.close();
  });
});

describe('previewFolder', () => {
  it('previews a few packages at once and gives the previews in the order of the names, whatever order they finish in', async () => {
    const names = ['a.zbpkg', 'b.zbpkg', 'c.zbpkg', 'd.zbpkg', 'e.zbpkg'];
    let running = 0;
    let most = 0;
    const contexts: (PreviewContext | undefined)[] = [];
    const context = { installation: {}, keyring: {} } as unknown as PreviewContext;
    const importer = {
      previewContext: vi.fn(async () => context),
      preview: async (bytes: Uint8Array, fileName: string, given?: PreviewContext): Promise<ImportPreview> => {
        running += 1;
        most = Math.max(most, running);
        contexts.push(given);
        // The first package of each pair takes longest: later ones finish before it.
        await new Promise((resolve) => setTimeout(resolve, bytes[0]! % 2 === 0 ? 20 : 1));
        running -= 1;
        return { status: 'refused', fileName, message: `第 ${bytes[0]} 个` };
      },
    };
    const progress: string[] = [];
    const previews = await previewFolder(importer, names, async (index) => new Uint8Array([index]), { concurrency: 2, onProgress: (done, total, name) => progress.push(`${done}/${total} ${name}`) });

    expect(previews.map((preview) => preview.fileName)).toEqual(names);
    expect(previews.map((preview) => (preview as { message: string }).message)).toEqual(names.map((_, index) => `第 ${index} 个`));
    expect(most).toBe(2);
    expect(importer.previewContext).toHaveBeenCalledTimes(1);
    expect(contexts).toEqual(names.map(() => context));
    expect(progress).toHaveLength(names.length);
    expect(progress[0]).toBe('0/5 a.zbpkg');
    expect(progress.map((line) => line.split(' ')[1]).sort()).toEqual(names);
  });

  it('refuses a file that cannot be read, with its reason in Chinese, and previews the others', async () => {
    const { reports, importer } = await officeWithReports(2);
    const previews = await previewFolder(importer, [reports[0]!.fileName, '坏文件.zbpkg', reports[1]!.fileName], async (index) => {
      if (index === 1) throw new Error('文件无法读取');
      return reports[index === 0 ? 0 : 1]!.bytes;
    });
    expect(previews.map((preview) => preview.status)).toEqual(['ready', 'refused', 'ready']);
    expect(previews[1]).toMatchObject({ fileName: '坏文件.zbpkg', message: expect.stringContaining('文件无法读取') });
  });

  it('reads the key store once for the folder and plans each package as a preview of it alone does', async () => {
    const { central, derived, reports } = await officeWithReports(3);
    const importer = createPackageImporter(central, undefined, derived);
    const alone = [];
    for (const report of reports) alone.push(ready(await importer.preview(report.bytes, report.fileName)));
    const keyReads = vi.spyOn(central.syncKeys, 'toArray');
    const previews = await previewFolder(importer, reports.map((report) => report.fileName), async (index) => reports[index]!.bytes, { concurrency: 3 });

    expect(keyReads).toHaveBeenCalledTimes(1);
    expect(previews.map((preview) => ready(preview).plan)).toEqual(alone.map((preview) => preview.plan));
    expect(previews.map((preview) => ready(preview).newSenderFingerprint)).toEqual(alone.map((preview) => preview.newSenderFingerprint));
    expect(previews.every((preview) => ready(preview).newSenderFingerprint)).toBe(true);
    // And they apply as those do.
    const result = await importInGroups(importer, previews.map((preview) => ({ ready: ready(preview), confirmMassDelete: false })));
    expect(result.outcomes.map((outcome) => outcome?.status)).toEqual(['imported', 'imported', 'imported']);
    derived.close();
  });
});
