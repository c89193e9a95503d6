// fake-indexeddb before Dexie: the branch PC of these tests lives in Node, not in a browser.
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { LedgerDatabase } from '../../../renderer/src/db/database';
import { createMemberRepository } from '../../../renderer/src/features/members/data/member-repository';
import { createInstallationRepository } from '../../../renderer/src/core/installation/installation-repository';
import { createEnrolmentRepository } from '../../../renderer/src/features/sync/data/enrolment-repository';
import { createPackageExporter } from '../../../renderer/src/features/sync/data/export-package';
import { memberInput } from '../../unit/shared/support/member-fixture';

/**
 * A branch PC in Node (fake-indexeddb) enrolled with the central office's file, holding
 * `members` members entered as one roster import, and the report package it would export
 * first: a large package without typing a large branch into a browser.
 */
export async function largeBranchReport(enrolmentFile: string, branchName: string, members: number): Promise<{ bytes: Uint8Array; fileName: string; changes: number }> {
  const db = new LedgerDatabase(`large-branch-${process.pid}-${Date.now()}`);
  try {
    await createInstallationRepository(db).complete({ role: 'branch', name: branchName, parentOrganizationName: '' });
    const enrolments = createEnrolmentRepository(db);
    const read = await enrolments.readEnrolment(new Uint8Array(await readFile(enrolmentFile)));
    await enrolments.acceptEnrolment(read.enrolment, '支部密钥备份口令2026');
    const branchId = (await db.installation.get('this-pc'))!.ownerId;
    const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
    const given = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英';
    const adds = Array.from({ length: members }, (_, i) =>
      memberInput({ name: `${surnames[i % surnames.length]}${given[(i * 7) % given.length]}${given[(i * 3 + 1) % given.length]}`, phone: `139${String(i).padStart(8, '0')}` }),
    );
    await createMemberRepository(db, { actor: () => '王书记' }).importMany(branchId, { adds, updates: [] });
    const pkg = await createPackageExporter(db).branchReport();
    return { bytes: pkg.bytes, fileName: pkg.fileName, changes: pkg.manifest.changeCount };
  } finally {
    await db.delete();
  }
}
