import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../support/test-database';
// After test-database, which installs fake-indexeddb before Dexie is first imported.
import Dexie from 'dexie';
import { enrolledPair as enrolledPairIn, exportFrom, ready as readyImport, syncActor as actor } from '../../../support/sync-pair';
import { digestDatabase, type DatabaseDigest } from '../../../../../support/database-digest';
import type { InstallationRow, LedgerDatabase } from '../../../../../../renderer/src/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../../../../../renderer/src/db/schema';
import { BackupTableWriter, writeBackup } from '../../../../../../shared/backup/backup-file';
import { databaseAtVersion, decodeFixtureValue, schemaFixtureFile, type SchemaFixture } from '../../../../../support/schema-fixture';
import { DerivedDatabase, type BranchCountsRow } from '../../../../../../renderer/src/db/derived-db';
import { createBackupRepository, backedUpTables, type BackupPreview } from '../../../../../../renderer/src/features/backup/data/backup-repository';
import { MEETING_FACTS_TABLE } from '../../../../../../renderer/src/db/meeting-facts-middleware';
import { createAttachmentRepository } from '../../../../../../renderer/src/core/attachments/attachment-repository';
import { createDraftRepository } from '../../../../../../renderer/src/features/meetings/data/draft-repository';
import { createMeetingRepository } from '../../../../../../renderer/src/features/meetings/data/meeting-repository';
import { createMemberRepository } from '../../../../../../renderer/src/features/members/data/member-repository';
import { createPreferencesRepository } from '../../../../../../renderer/src/core/preferences/preferences-repository';
import { createInstallationRepository } from '../../../../../../renderer/src/core/installation/installation-repository';
import { createPackageImporter } from '../../../../../../renderer/src/features/sync/data/import-package';
import { createKeysRepository } from '../../../../../../renderer/src/features/sync/data/keys-repository';
import { newMeetingContent } from '../../../../../../shared/meetings/new-meeting';
import { NATIONAL_RULE_SET } from '../../../../../../shared/rules/rule-set';
import { memberInput } from '../../../../shared/support/member-fixture';

const database = databasePerTest();
const enrolledPair = () => enrolledPairIn(database);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 250, 251, 252]);

/** A branch PC with something in every kind of table: records, audit, change log, an attachment, a draft, preferences. */
async function filledBranch(db: LedgerDatabase = database()) {
  const { ownerId } = await createInstallationRepository(db).complete({ role: 'branch', name: '内科第一党支部', parentOrganizationName: '市人民医院党委' });
  await createPreferencesRepository(db).setOperatorName('王书记');
  const members = createMemberRepository(db, { actor });
  const li = await members.create(ownerId, memberInput({ name: '李强', phone: '13900001111' }));
  const zhang = await members.create(ownerId, memberInput({ name: '张敏', department: '心血管内科（二病区）' }));
  const meeting = await createMeetingRepository(db, { actor }).save(ownerId, crypto.randomUUID(), newMeetingContent('committeeMeeting', '2026-03-05', NATIONAL_RULE_SET.rules.meetings));
  await createAttachmentRepository(db).add(ownerId, meeting.id, 'signInSheet', '签到表.png', PNG);
  const content = newMeetingContent('partyLecture', '2026-04-01', NATIONAL_RULE_SET.rules.meetings);
  await createDraftRepository(db).save({ id: crypto.randomUUID(), branchId: ownerId, isNew: true, content, savedAt: '2026-04-01T08:00:00.000Z' });
  return { db, ownerId, li, zhang, members };
}

/** Everything a person might do after the backup: edit, delete, add, discard a draft, rename the operator. */
async function changeEverything(db: LedgerDatabase, ownerId: string, members: ReturnType<typeof createMemberRepository>, li: { id: string }, zhang: { id: string }) {
  await members.update(li.id, { phone: '13700002222' });
  await members.remove(zhang.id);
  await members.create(ownerId, memberInput({ name: '赵云' }));
  await db.meetingDrafts.clear();
  await createPreferencesRepository(db).setOperatorName('刘书记');
}

function ready(preview: BackupPreview): Extract<BackupPreview, { status: 'ready' }> {
  if (preview.status !== 'ready') throw new Error(`expected a ready backup, got: ${preview.message}`);
  return preview;
}

/** The tables whose digest differs. */
function differing(a: DatabaseDigest, b: DatabaseDigest): string[] {
  return Object.keys({ ...a.tables, ...b.tables }).filter((table) => a.tables[table]?.sha256 !== b.tables[table]?.sha256);
}

describe('backup and restore', () => {
  it('covers every table but the PC’s own keys', async () => {
    const db = database();
    const tables = backedUpTables(db);
    expect(tables).not.toContain('syncKeys');
    expect(tables).toEqual(expect.arrayContaining(['installation', 'preferences', 'meetingDrafts', 'members', 'attachments', 'auditLog', 'changeLog', 'syncState', 'syncPackages', 'conflicts', 'trustedPeerKeys']));
    expect(tables).toHaveLength(db.tables.length); // all but syncKeys, plus the peers' public keys
  });

  it('round trip before enrolment: backup, change everything, restore: every table as before the change', async () => {
    const { db, ownerId, li, zhang, members } = await filledBranch();
    const backups = createBackupRepository(db);
    const before = await digestDatabase(db);
    const made = await backups.make();
    expect(made.summary).toMatchObject({ encrypted: false, counts: { members: 2, attachments: 1, meetingDrafts: 1, preferences: 1 } });
    expect(made.fileName).toMatch(/^支部工作台账备份-内科第一党支部-\d{8}-\d{4}\.zbbak$/);

    await changeEverything(db, ownerId, members, li, zhang);
    const changed = await digestDatabase(db);
    expect(differing(before, changed)).toEqual(expect.arrayContaining(['members', 'auditLog', 'changeLog', 'syncState', 'meetingDrafts', 'preferences']));

    const preview = ready(await backups.preview(made.bytes, made.fileName));
    expect(preview.summary.counts).toMatchObject({ members: 2, attachments: 1, installation: 1 });
    expect(preview.currentCounts).toMatchObject({ members: 3, meetingDrafts: 0, installation: 1 });
    expect(preview.warnings).toEqual([expect.stringContaining('未加密')]);
    await backups.restore(preview);
    const restored = await digestDatabase(db);
    expect(differing(before, restored)).toEqual([]);
    expect(restored.sha256).toBe(before.sha256);
    expect((await db.attachments.toArray())[0]!.bytes).toStrictEqual(PNG);
  });

  it('round trip on an enrolled branch: encrypted to its own key, and the keys are untouched', async () => {
    const { central, branch, branchId } = await enrolledPair();
    const members = createMemberRepository(branch, { actor });
    const li = await members.create(branchId, memberInput({ name: '李强' }));
    const zhang = await members.create(branchId, memberInput({ name: '张敏' }));
    const backups = createBackupRepository(branch);
    const before = await digestDatabase(branch);
    const made = await backups.make();
    expect(made.summary.encrypted).toBe(true);
    expect(new TextDecoder().decode(made.bytes)).not.toContain('李强');

    await changeEverything(branch, branchId, members, li, zhang);
    const keysBefore = await digestDatabase(branch).then((digest) => digest.tables.syncKeys);
    await backups.restore(ready(await backups.preview(made.bytes, made.fileName)));
    const restored = await digestDatabase(branch);
    expect(differing(before, restored)).toEqual([]);
    expect(restored.tables.syncKeys).toEqual(keysBefore);

    // Another PC (here: the central office's, with its own keys) cannot open it.
    const elsewhere = await createBackupRepository(central).preview(made.bytes, made.fileName);
    expect(elsewhere).toMatchObject({ status: 'refused', message: expect.stringContaining('另一套密钥') });
  });

  it('a corrupt backup is refused in Chinese and changes nothing', async () => {
    const { db, ownerId, li, zhang, members } = await filledBranch();
    const backups = createBackupRepository(db);
    const made = await backups.make();
    await changeEverything(db, ownerId, members, li, zhang);
    const before = await digestDatabase(db);
    for (const at of [10, made.bytes.length >> 1, made.bytes.length - 30]) {
      const damaged = made.bytes.slice();
      damaged[at]! ^= 0x01;
      const preview = await backups.preview(damaged, 'x.zbbak');
      expect(preview).toMatchObject({ status: 'refused', message: expect.stringMatching(/损坏|不是支部工作台账的备份文件/) });
    }
    expect(await backups.preview(new TextEncoder().encode('PK 不是备份'), 'x.zbbak')).toMatchObject({ status: 'refused' });
    expect((await digestDatabase(db)).sha256).toBe(before.sha256);
  });

  it('a restore that fails while writing leaves every table as it was', async () => {
    const { db, ownerId, li, zhang, members } = await filledBranch();
    const backups = createBackupRepository(db);
    const preview = ready(await backups.preview((await backups.make()).bytes, 'x.zbbak'));
    await changeEverything(db, ownerId, members, li, zhang);
    const before = await digestDatabase(db);
    // Two rows with one key in the last table written: the write fails after every other table was cleared and refilled.
    // (The meetings' facts are not restored from the file but made from the restored meetings.)
    const lastTable = db.tables.map((table) => table.name).filter((table) => table !== 'syncKeys' && table !== MEETING_FACTS_TABLE).at(-1)!;
    const twin = { id: 'twin', key: 'twin', keyId: 'twin', packageId: 'twin', stream: 'twin', seq: 1 };
    const broken = { ...preview, opened: { ...preview.opened, tables: new Map(preview.opened.tables).set(lastTable, [twin, { ...twin }]) } };
    await expect(backups.restore(broken)).rejects.toThrow();
    expect(differing(before, await digestDatabase(db))).toEqual([]);
  });

  it('refuses a backup made before the first-run setup, which would send the PC back to the wizard', async () => {
    const empty = database();
    const made = await createBackupRepository(empty).make();
    expect(made.summary.origin).toBeNull();
    const { db } = await filledBranch();
    const before = await digestDatabase(db);
    expect(await createBackupRepository(db).preview(made.bytes, made.fileName)).toMatchObject({ status: 'refused', message: expect.stringContaining('完成初始设置之前') });
    expect((await digestDatabase(db)).sha256).toBe(before.sha256);
    expect(await db.installation.count()).toBe(1);
  });

  it('refuses a backup of another branch on a PC that is enrolled', async () => {
    const { branch } = await enrolledPair();
    const other = await filledBranch();
    const made = await createBackupRepository(other.db).make();
    const before = await digestDatabase(branch);
    const preview = await createBackupRepository(branch).preview(made.bytes, made.fileName);
    expect(preview).toMatchObject({ status: 'refused', message: expect.stringContaining('已登记为') });
    expect((await digestDatabase(branch)).sha256).toBe(before.sha256);
  });

  it('after a restore, the next report is accepted and carries what changed since, without reusing sent numbers', async () => {
    const { central, branch, branchId } = await enrolledPair();
    const members = createMemberRepository(branch, { actor });
    const li = await members.create(branchId, memberInput({ name: '陈刚' }));
    const backups = createBackupRepository(branch);
    const made = await backups.make();

    // After the backup: an edit and a new member are reported, imported and acknowledged.
    await members.update(li.id, { phone: '13700002222' });
    await members.create(branchId, memberInput({ name: '赵云' }));
    const centralImporter = createPackageImporter(central);
    const report = await exportFrom(branch, (exporter) => exporter.branchReport());
    await centralImporter.apply(readyImport(await centralImporter.preview(report.bytes, report.fileName)));
    const back = await exportFrom(central, (exporter) => exporter.centralReturn(branchId));
    const branchImporter = createPackageImporter(branch);
    await branchImporter.apply(readyImport(await branchImporter.preview(back.bytes, back.fileName)));

    const result = await backups.restore(ready(await backups.preview(made.bytes, made.fileName)));
    expect(result.syncNote).toContain('不会重复使用');
    expect((await branch.members.toArray()).map((member) => member.name).sort()).toEqual(['李强', '陈刚'].sort());
    expect((await branch.members.get(li.id))!.phone).toBe('13800138000');

    // Work done after the restore reaches the central office, and the office keeps its newer copy of 陈刚.
    const after = await members.create(branchId, memberInput({ name: '孙丽' }));
    const next = await exportFrom(branch, (exporter) => exporter.branchReport());
    expect(next.manifest.seqFrom).toBe(report.manifest.seqTo + 1);
    const preview = readyImport(await centralImporter.preview(next.bytes, next.fileName));
    await centralImporter.apply(preview);
    expect((await central.members.get(after.id))?.name).toBe('孙丽');
    expect((await central.members.get(li.id))!.phone).toBe('13700002222');
    expect(await central.members.count()).toBe(4); // 李强 (recorded before enrolment), 陈刚, 赵云, 孙丽
  });

  it('after the central office restores an older backup, its next return makes the branch report again from there', async () => {
    const { central, branch, branchId } = await enrolledPair();
    const members = createMemberRepository(branch, { actor });
    const centralImporter = createPackageImporter(central);
    const branchImporter = createPackageImporter(branch);
    const roundTrip = async () => {
      const report = await exportFrom(branch, (exporter) => exporter.branchReport());
      await centralImporter.apply(readyImport(await centralImporter.preview(report.bytes, report.fileName)));
      const back = await exportFrom(central, (exporter) => exporter.centralReturn(branchId));
      await branchImporter.apply(readyImport(await branchImporter.preview(back.bytes, back.fileName)));
      return report;
    };
    await roundTrip();
    const officeBackups = createBackupRepository(central);
    const made = await officeBackups.make();
    await members.create(branchId, memberInput({ name: '赵云' }));
    const lost = await roundTrip(); // acknowledged, then lost on the office PC by its restore
    const derived = new DerivedDatabase(central.name);
    await derived.branchCounts.put({ branchId, receivedSeq: 99 } as BranchCountsRow);
    await createBackupRepository(central, undefined, derived).restore(ready(await officeBackups.preview(made.bytes, made.fileName)));
    expect(await central.members.filter((member) => member.name === '赵云').count()).toBe(0);
    expect(await derived.branchCounts.count()).toBe(0); // the overview's figures are made again from the restored records
    await derived.delete();

    // The office's return acknowledges less than before; the branch's next report starts there and is accepted.
    const back = await exportFrom(central, (exporter) => exporter.centralReturn(branchId));
    await branchImporter.apply(readyImport(await branchImporter.preview(back.bytes, back.fileName)));
    await members.create(branchId, memberInput({ name: '孙丽' }));
    const next = await exportFrom(branch, (exporter) => exporter.branchReport());
    expect(next.manifest.seqFrom).toBe(lost.manifest.seqFrom);
    await centralImporter.apply(readyImport(await centralImporter.preview(next.bytes, next.fileName)));
    expect((await central.members.toArray()).map((member) => member.name).sort()).toEqual(['孙丽', '李强', '赵云'].sort());
  });

  it('on a new PC: refused until the old PC’s .zbkey is imported, then restored, and the branch reports again', { timeout: 30_000 }, async () => {
    const { central, branch, branchId } = await enrolledPair();
    await createMemberRepository(branch, { actor }).create(branchId, memberInput({ name: '陈刚' }));
    const made = await createBackupRepository(branch).make();
    const keyFile = new TextEncoder().encode(JSON.stringify(await createKeysRepository(branch).backup()));

    const newPc = database();
    await createInstallationRepository(newPc).complete({ role: 'branch', name: '内科第一党支部', parentOrganizationName: '' });
    const backups = createBackupRepository(newPc);
    expect(await backups.preview(made.bytes, made.fileName)).toMatchObject({ status: 'refused', message: expect.stringContaining('.zbkey') });
    await expect(backups.adoptKeyBackup(keyFile, '错误的口令12345')).rejects.toThrow('口令不正确');
    expect(await newPc.syncKeys.count()).toBe(0);
    await backups.adoptKeyBackup(keyFile, '支部备份口令2026');
    expect((await createKeysRepository(newPc).ownKeys())!.encryptionPrivateKey.extractable).toBe(false);
    await expect(backups.adoptKeyBackup(keyFile, '支部备份口令2026')).rejects.toThrow('本机已有');

    const preview = ready(await backups.preview(made.bytes, made.fileName));
    expect(preview.warnings).toEqual([expect.stringContaining('不是本机当前的')]);
    await backups.restore(preview);
    expect((await newPc.installation.get('this-pc'))!.ownerId).toBe(branchId);
    expect((await newPc.members.toArray()).map((member) => member.name).sort()).toEqual(['李强', '陈刚'].sort());

    // The central office key came back with the backup: its return imports, the next report is accepted.
    const importer = createPackageImporter(central);
    const report = await exportFrom(newPc, (exporter) => exporter.branchReport());
    await importer.apply(readyImport(await importer.preview(report.bytes, report.fileName)));
    expect(await central.members.filter((member) => member.name === '陈刚').count()).toBe(1);
  });

  it('after a restore, a report starting below the numbers already sent is contiguous and accepted, whichever package the office got first', { timeout: 30_000 }, async () => {
    for (const officeGotTheEarlierPackage of [false, true]) {
      const { central, branch, branchId } = await enrolledPair();
      const members = createMemberRepository(branch, { actor });
      const centralImporter = createPackageImporter(central);
      const first = await exportFrom(branch, (exporter) => exporter.branchReport());
      await centralImporter.apply(readyImport(await centralImporter.preview(first.bytes, first.fileName)));
      const back = await exportFrom(central, (exporter) => exporter.centralReturn(branchId));
      await createPackageImporter(branch).apply(readyImport(await createPackageImporter(branch).preview(back.bytes, back.fileName)));
      const kept = await members.create(branchId, memberInput({ name: '陈刚' }));
      const backups = createBackupRepository(branch);
      const made = await backups.make();
      // After the backup: three changes, sent but not acknowledged.
      await members.update(kept.id, { phone: '13700002222' });
      await members.create(branchId, memberInput({ name: '赵云' }));
      await members.create(branchId, memberInput({ name: '钱多' }));
      const unacknowledged = await exportFrom(branch, (exporter) => exporter.branchReport());
      if (officeGotTheEarlierPackage) await centralImporter.apply(readyImport(await centralImporter.preview(unacknowledged.bytes, unacknowledged.fileName)));

      await backups.restore(ready(await backups.preview(made.bytes, made.fileName)));
      const after = await members.create(branchId, memberInput({ name: '孙丽' }));
      const next = await exportFrom(branch, (exporter) => exporter.branchReport());
      expect(next.manifest.seqFrom).toBe(first.manifest.seqTo + 1);
      expect(next.manifest.seqTo).toBeGreaterThan(unacknowledged.manifest.seqTo);
      await centralImporter.apply(readyImport(await centralImporter.preview(next.bytes, next.fileName)));
      const names = (await central.members.toArray()).map((member) => member.name).sort();
      expect(names).toEqual((officeGotTheEarlierPackage ? ['李强', '陈刚', '赵云', '钱多', '孙丽'] : ['李强', '陈刚', '孙丽']).sort());
      expect((await central.members.get(kept.id))!.phone).toBe(officeGotTheEarlierPackage ? '13700002222' : '13800138000');
      expect((await central.members.get(after.id))!.name).toBe('孙丽');
    }
  });

  it('restores a backup made by an earlier schema version, upgraded as the app upgrades its own database', { timeout: 60_000 }, async () => {
    const version = CURRENT_SCHEMA_VERSION - 1;
    const fixture = JSON.parse(readFileSync(schemaFixtureFile(version), 'utf8')) as SchemaFixture;
    const tables = (await decodeFixtureValue(fixture.tables)) as Record<string, Record<string, unknown>[]>;
    // What today's app makes of that version's database: the fixture opened under the current schema.
    const reference = database();
    const old = databaseAtVersion(reference.name, version);
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
    });
    old.close();
    const expected = await digestDatabase(reference);

    const writers = Object.entries(tables)
      .filter(([table]) => table !== 'syncKeys')
      .map(([table, rows]) => {
        const writer = new BackupTableWriter(table);
        rows.forEach((row) => writer.add(row));
        return writer.end();
      });
    const peerKeys = new BackupTableWriter('trustedPeerKeys');
    (tables.syncKeys ?? []).filter((row) => row.owner === 'peer').forEach((row) => peerKeys.add(row));
    const installation = tables.installation!.find((row) => row.key === 'this-pc') as unknown as InstallationRow;
    const bytes = await writeBackup({
      createdAt: fixture.madeAt,
      schemaVersion: version,
      origin: { role: installation.role, name: installation.name, ownerId: installation.ownerId },
      tables: [...writers, peerKeys.end()],
      encryptTo: null,
    });

    const target = database();
    const backups = createBackupRepository(target);
    const preview = ready(await backups.preview(bytes, 'old.zbbak'));
    expect(preview.warnings).toEqual(expect.arrayContaining([expect.stringContaining(`第 ${version} 版`)]));
    await backups.restore(preview);
    const restored = await digestDatabase(target);
    expect(differing(expected, restored).filter((table) => table !== 'syncKeys')).toEqual([]);
    expect(restored.tables.members!.rows).toBeGreaterThan(0);
    const scratch = (await Dexie.getDatabaseNames()).filter((name) => name.includes('-restore-'));
    expect(scratch).toEqual([]);
  });
});
