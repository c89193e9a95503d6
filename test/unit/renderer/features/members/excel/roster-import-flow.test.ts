import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../support/test-database';
import { createBranchRepository } from '../../../../../../renderer/src/features/branch/data/branch-repository';
import { createMemberRepository } from '../../../../../../renderer/src/features/members/data/member-repository';
import { createInstallationRepository } from '../../../../../../renderer/src/core/installation/installation-repository';
import { canConfirmImport, importBatchOf, previewRosterFile } from '../../../../../../renderer/src/features/members/excel/roster-import-flow';
import { buildRosterSheet } from '../../../../../support/roster-sheet';

const database = databasePerTest();
const TODAY = '2026-11-24';
const context = { partyGroups: [{ id: 'g1', name: '第一党小组' }], today: TODAY };

describe('roster import flow', () => {
  it('previews a sheet with good and bad rows, refuses to confirm until error rows are skipped, then writes only the good rows', async () => {
    const sheet = await buildRosterSheet(TODAY, 12, ['第一党小组']);
    const preview = await previewRosterFile({ name: '名册.xlsx', bytes: sheet.bytes }, [], context);
    if (!preview.ok) throw new Error(preview.problems.join());
    expect(preview.plan.summary).toMatchObject({ rows: 14, adds: 12, errors: 2 });
    expect(preview.plan.errorRows.map((row) => row.errors[0]!.column)).toEqual(['身份证号', '姓名']);
    expect(canConfirmImport(preview.plan, false)).toBe(false);
    expect(canConfirmImport(preview.plan, true)).toBe(true);

    const db = database();
    const members = createMemberRepository(db, { actor: () => '测试' });
    await members.importMany('b1', importBatchOf(preview.plan));
    const stored = await members.list('b1');
    expect(stored).toHaveLength(12);
    expect(stored.map((member) => member.name)).not.toContain('错号码');
    expect(stored.filter((member) => member.partyGroupId === 'g1')).toHaveLength(12);
  });

  it('plans the same sheet again as unchanged rows: importing twice adds no one', async () => {
    const sheet = await buildRosterSheet(TODAY, 8, []);
    const first = await previewRosterFile({ name: 'a.xlsx', bytes: sheet.bytes }, [], context);
    if (!first.ok) throw new Error('unreadable');
    const db = database();
    const members = createMemberRepository(db, { actor: () => '测试' });
    await members.importMany('b1', importBatchOf(first.plan));
    const again = await previewRosterFile({ name: 'a.xlsx', bytes: sheet.bytes }, await members.list('b1'), context);
    if (!again.ok) throw new Error('unreadable');
    expect(again.plan.summary).toMatchObject({ adds: 0, updates: 0, unchanged: 8 });
    expect(canConfirmImport(again.plan, true)).toBe(false);
  });

  it('reports a file that is not a workbook in Chinese, with nothing to confirm', async () => {
    const preview = await previewRosterFile({ name: '照片.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) }, [], context);
    expect(preview).toEqual({ ok: false, fileName: '照片.jpg', problems: ['无法读取该文件：不是有效的 Excel（.xlsx）文件。'] });
  });

  describe('party groups the sheet names and the branch lacks', () => {
    const bytes = new Uint8Array(readFileSync(fileURLToPath(new URL('../../../../../fixtures/roster/first-hour-roster.xlsx', import.meta.url))));

    async function setUp() {
      const db = database();
      const { ownerId } = await createInstallationRepository(db).complete({ role: 'branch', name: '内科第一党支部', parentOrganizationName: '' });
      const branches = createBranchRepository(db, { actor: () => '测试' });
      await branches.updateBranch(ownerId, { partyGroups: [{ id: 'g1', name: '第一党小组', leaderId: '' }] });
      const preview = await previewRosterFile({ name: '名册.xlsx', bytes }, [], context);
      if (!preview.ok) throw new Error(preview.problems.join());
      return { db, ownerId, branches, members: createMemberRepository(db, { actor: () => '测试' }), plan: preview.plan };
    }

    it('creates them with the import, in its transaction, and files the members under them', async () => {
      const { ownerId, branches, members, plan } = await setUp();
      expect(plan.newPartyGroups.map((group) => group.name)).toEqual(['第二党小组']);
      await members.importMany(ownerId, importBatchOf(plan, true));
      const groups = (await branches.getOwnBranch(ownerId)).partyGroups ?? [];
      expect(groups.map((group) => group.name)).toEqual(['第一党小组', '第二党小组']);
      const second = groups[1]!.id;
      expect((await members.list(ownerId)).filter((member) => member.partyGroupId === second).map((member) => member.name).sort()).toEqual(
        ['刘志强', '吴静怡', '张海燕', '杨晓东', '赵文博'].sort(),
      );
    });

    it('imports their people without a group when the secretary declines', async () => {
      const { ownerId, branches, members, plan } = await setUp();
      await members.importMany(ownerId, importBatchOf(plan, false));
      expect(((await branches.getOwnBranch(ownerId)).partyGroups ?? []).map((group) => group.name)).toEqual(['第一党小组']);
      expect((await members.list(ownerId)).filter((member) => member.partyGroupId === '')).toHaveLength(5);
    });

    it('adds no group when the members cannot be written', async () => {
      const { db, ownerId, branches, members, plan } = await setUp();
      const batch = importBatchOf(plan, true);
      // A duplicate id makes the members' bulk add fail inside the transaction.
      const broken = { ...batch, adds: [batch.adds[0]!, batch.adds[1]!].map((input) => ({ ...input, id: 'same' })) };
      await expect(members.importMany(ownerId, broken)).rejects.toThrow();
      expect(((await branches.getOwnBranch(ownerId)).partyGroups ?? []).map((group) => group.name)).toEqual(['第一党小组']);
      expect(await db.members.count()).toBe(0);
    });
  });
});
