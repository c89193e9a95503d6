import { expect } from 'vitest';
import type { LedgerDatabase } from '../../../../renderer/src/db/database';
import { createMemberRepository } from '../../../../renderer/src/features/members/data/member-repository';
import { createInstallationRepository } from '../../../../renderer/src/core/installation/installation-repository';
import { createEnrolmentRepository } from '../../../../renderer/src/features/sync/data/enrolment-repository';
import { createPackageExporter } from '../../../../renderer/src/features/sync/data/export-package';
import { createPackageImporter, type ImportPreview, type ReadyPreview } from '../../../../renderer/src/features/sync/data/import-package';
import type { PeerRow } from '../../../../renderer/src/db/sync-rows';
import { findEnrolment, findPeer } from '../../../../renderer/src/features/sync/data/sync-state';
import { createKeysRepository } from '../../../../renderer/src/features/sync/data/keys-repository';
import { memberInput } from '../../shared/support/member-fixture';

export const syncActor = () => '王书记';
const PASSPHRASE = '院党委备份口令2026';

export function ready(preview: ImportPreview): ReadyPreview {
  if (preview.status !== 'ready') throw new Error(`expected a ready preview, got ${preview.status}: ${'message' in preview ? preview.message : ''}`);
  return preview;
}

/**
 * A central office with its keys, and a branch set up on its own PC (with one member recorded
 * before) and enrolled; `beforeEnrolment` runs on the central office PC before it makes the file.
 */
export async function enrolledPair(database: () => LedgerDatabase, beforeEnrolment?: (central: LedgerDatabase) => Promise<unknown>) {
  const central = database();
  const branch = database();
  await createInstallationRepository(central).complete({ role: 'central', name: '市人民医院党委', parentOrganizationName: '' });
  await createKeysRepository(central).create((await central.installation.get('this-pc'))!.ownerId, PASSPHRASE);
  const setupBranch = await createInstallationRepository(branch).complete({ role: 'branch', name: '内科第一党支部', parentOrganizationName: '' });
  const members = createMemberRepository(branch, { actor: syncActor });
  const early = await members.create(setupBranch.ownerId, memberInput({ name: '李强' }));

  await beforeEnrolment?.(central);
  const file = await createEnrolmentRepository(central).enrolBranch('内科第一党支部');
  const enrolments = createEnrolmentRepository(branch);
  const read = await enrolments.readEnrolment(file.bytes);
  await enrolments.acceptEnrolment(read.enrolment, '支部备份口令2026');
  return { central, branch, branchId: file.branchId, earlyMemberId: early.id, centralFingerprint: read.centralFingerprint };
}

type Exporter = ReturnType<typeof createPackageExporter>;

/** A package made and recorded as saved, as the screen does after writing the file. */
export async function exportFrom(db: LedgerDatabase, make: (exporter: Exporter) => ReturnType<Exporter['branchReport']>) {
  const exporter = createPackageExporter(db);
  const pkg = await make(exporter);
  await exporter.recordSaved(pkg, pkg.packageHash);
  return pkg;
}

/** Exports from one PC and imports into another, as the USB stick does: a report, or a 回执 to `receiverId`. */
export async function carry(from: LedgerDatabase, to: LedgerDatabase, receiverId?: string) {
  const pkg = await exportFrom(from, (exporter) => (receiverId ? exporter.centralReturn(receiverId) : exporter.branchReport()));
  const result = await importInto(to, pkg);
  expect(result).toMatchObject({ status: 'imported' });
  return { ...pkg, imported: result.message };
}

/** On a branch PC: its record of the central office it is enrolled with. */
export async function centralPeerOf(branch: LedgerDatabase): Promise<PeerRow> {
  return (await findPeer(branch, (await findEnrolment(branch))!.centralId)) as PeerRow;
}

/** Previews and applies a package, as 确认导入 does. */
export async function importInto(db: LedgerDatabase, pkg: { bytes: Uint8Array; fileName: string }) {
  const importer = createPackageImporter(db);
  return importer.apply(ready(await importer.preview(pkg.bytes, pkg.fileName)));
}
