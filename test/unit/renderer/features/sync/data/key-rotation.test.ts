import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../../support/test-database';
import { centralPeerOf, enrolledPair, exportFrom, importInto, ready, syncActor as actor } from '../../../support/sync-pair';
import type { LedgerDatabase } from '../../../../../../renderer/src/db/database';
import { createMemberRepository } from '../../../../../../renderer/src/features/members/data/member-repository';
import { createEnrolmentRepository } from '../../../../../../renderer/src/features/sync/data/enrolment-repository';
import { createPackageImporter } from '../../../../../../renderer/src/features/sync/data/import-package';
import { createPackageExporter } from '../../../../../../renderer/src/features/sync/data/export-package';
import { createKeysRepository } from '../../../../../../renderer/src/features/sync/data/keys-repository';
import { findEnrolment, findPeer } from '../../../../../../renderer/src/features/sync/data/sync-state';
import { fingerprint } from '../../../../../../shared/sync/keys';
import { KeyRotationError, signKeyRotation, verifyKeyRotation } from '../../../../../../shared/sync/key-rotation';
import { generateSigningAndEncryptionKeys } from '../../../../../../shared/sync/keys';
import { memberInput } from '../../../../shared/support/member-fixture';

const database = databasePerTest();


async function centralIdOf(central: LedgerDatabase): Promise<string> {
  return (await central.installation.get('this-pc'))!.ownerId;
}

async function addMember(branch: LedgerDatabase, branchId: string, name: string) {
  await createMemberRepository(branch, { actor }).create(branchId, memberInput({ name }));
}

describe('the central office rotates its key', () => {
  it('a return signed by the old key carries the statement; the branch switches after the fingerprint is shown, its next report goes to the new key, and the old key is trusted no more', async () => {
    const { central, branch, branchId } = await enrolledPair(database);
    const centralId = await centralIdOf(central);
    const oldKeys = (await createKeysRepository(central).ownKeys())!.publicKeys;
    await importInto(central, await exportFrom(branch, (exporter) => exporter.branchReport()));

    const rotated = await createKeysRepository(central).rotate(centralId, '新的院党委备份口令2026', '2026-03-10T08:00:00.000Z');
    expect(rotated.publicKeys.keyId).not.toBe(oldKeys.keyId);
    expect(rotated.backup.keyId).toBe(rotated.publicKeys.keyId);

    // A report still encrypted to the old key is read; the return is signed with the key the branch trusts, with the statement.
    await addMember(branch, branchId, '张敏');
    expect(await importInto(central, await exportFrom(branch, (exporter) => exporter.branchReport()))).toMatchObject({ status: 'imported' });
    const c1 = await exportFrom(central, (exporter) => exporter.centralReturn(branchId));
    expect(c1.manifest.senderKeyId).toBe(oldKeys.keyId);
    const preview = ready(await createPackageImporter(branch).preview(c1.bytes, c1.fileName));
    expect(preview.centralKeyRotation?.newPublicKeys.keyId).toBe(rotated.publicKeys.keyId);
    await createPackageImporter(branch).apply(preview);
    // Not used before a person confirmed: the next report still goes to the old key.
    expect((await centralPeerOf(branch)).pendingCentralKey?.publicKeys.keyId).toBe(rotated.publicKeys.keyId);
    expect((await centralPeerOf(branch)).publicKeys?.keyId).toBe(oldKeys.keyId);

    const message = await createEnrolmentRepository(branch).switchCentralKey();
    expect(message).toContain(fingerprint(rotated.publicKeys));
    const switched = await centralPeerOf(branch);
    expect(switched.publicKeys?.keyId).toBe(rotated.publicKeys.keyId);
    expect(switched.pendingCentralKey).toBeUndefined();
    expect((await findEnrolment(branch))!.centralPublicKeys.keyId).toBe(rotated.publicKeys.keyId);
    expect((await createKeysRepository(branch).trustedKeys()).map((key) => key.publicKeys.keyId)).toEqual([rotated.publicKeys.keyId]);

    // The sequence goes on: the next report is encrypted to the new key and follows the last one.
    await addMember(branch, branchId, '赵云');
    const r3 = await exportFrom(branch, (exporter) => exporter.branchReport());
    expect(r3.manifest.receiverKeyId).toBe(rotated.publicKeys.keyId);
    expect(await importInto(central, r3)).toMatchObject({ status: 'imported' });
    expect((await findPeer(central, branchId))!.trustedOwnKeyId).toBe(rotated.publicKeys.keyId);

    // From then on returns are signed with the new key and carry no statement; the branch takes them.
    const c2 = await exportFrom(central, (exporter) => exporter.centralReturn(branchId));
    expect(c2.manifest.senderKeyId).toBe(rotated.publicKeys.keyId);
    const preview2 = ready(await createPackageImporter(branch).preview(c2.bytes, c2.fileName));
    expect(preview2.centralKeyRotation).toBeUndefined();
    await createPackageImporter(branch).apply(preview2);
    expect((await centralPeerOf(branch)).ackedSeq).toBe(r3.manifest.seqTo);

    // A return still signed by the old key (a leaked key's forgery, say) is refused now.
    await central.syncState.put({ ...(await findPeer(central, branchId))!, trustedOwnKeyId: oldKeys.keyId });
    const forged = await createPackageExporter(central).centralReturn(branchId, { resendAll: true });
    expect(await createPackageImporter(branch).preview(forged.bytes, forged.fileName)).toMatchObject({ status: 'refused', message: expect.stringMatching(/^数据包的签名密钥不在信任列表中/) });
  });

  it('a statement is taken only from the key trusted now, for this office, signed by that key', async () => {
    const old = await generateSigningAndEncryptionKeys();
    const next = await generateSigningAndEncryptionKeys();
    const other = await generateSigningAndEncryptionKeys();
    const signed = await signKeyRotation(old, next.publicKeys, 'central-1', '2026-03-10T08:00:00.000Z');
    expect((await verifyKeyRotation(signed, old.publicKeys, 'central-1')).newPublicKeys).toEqual(next.publicKeys);
    await expect(verifyKeyRotation(signed, other.publicKeys, 'central-1')).rejects.toThrow(/要替换的不是本机信任的密钥/);
    await expect(verifyKeyRotation(signed, old.publicKeys, 'central-2')).rejects.toThrow(/不是本机登记的院党委组织科发出的/);
    const forged = await signKeyRotation(other, next.publicKeys, 'central-1', '2026-03-10T08:00:00.000Z');
    await expect(verifyKeyRotation({ ...forged, statement: signed.statement }, old.publicKeys, 'central-1')).rejects.toThrow(/签名校验失败/);
    await expect(verifyKeyRotation({ ...signed, extra: 1 }, old.publicKeys, 'central-1')).rejects.toBeInstanceOf(KeyRotationError);
    const same = await signKeyRotation(old, old.publicKeys, 'central-1', '2026-03-10T08:00:00.000Z');
    await expect(verifyKeyRotation(same, old.publicKeys, 'central-1')).rejects.toThrow(/新旧密钥相同/);
  });
});

describe('the central office lost its key', () => {
  it('re-enrols the branch with a new key: the branch sees the new fingerprint, keeps its data, keys and sequence, and the next report is imported in order', async () => {
    const { central, branch, branchId } = await enrolledPair(database);
    const r1 = await exportFrom(branch, (exporter) => exporter.branchReport());
    await importInto(central, r1);
    await importInto(branch, await exportFrom(central, (exporter) => exporter.centralReturn(branchId)));
    const branchKeyBefore = (await createKeysRepository(branch).ownPublicKeys())!.keyId;
    const membersBefore = await branch.members.toArray();

    // The office's own key is gone (a dead disk restored from a backup, no .zbkey): it makes a new one without the old.
    await central.syncKeys.filter((row) => row.owner === 'self').delete();
    const centralId = await centralIdOf(central);
    const fresh = await createKeysRepository(central).create(centralId, '新的院党委备份口令2026');
    const file = await createEnrolmentRepository(central).reEnrolBranch(branchId);
    expect(file.branchId).toBe(branchId);

    const enrolments = createEnrolmentRepository(branch);
    const read = await enrolments.readEnrolment(file.bytes);
    expect(read.reEnrolment).toBe(true);
    expect(read.centralFingerprint).toBe(fingerprint(fresh.publicKeys));
    await enrolments.acceptEnrolment(read.enrolment, '');
    expect((await createKeysRepository(branch).ownPublicKeys())!.keyId).toBe(branchKeyBefore);
    expect(await branch.members.toArray()).toEqual(membersBefore);
    expect((await centralPeerOf(branch)).publicKeys?.keyId).toBe(fresh.publicKeys.keyId);
    // The same file again is refused as already imported.
    await expect(enrolments.readEnrolment(file.bytes)).rejects.toThrow(/已经导入过/);

    await addMember(branch, branchId, '张敏');
    const r2 = await exportFrom(branch, (exporter) => exporter.branchReport());
    expect(r2.manifest.seqFrom).toBe(r1.manifest.seqTo + 1);
    expect(r2.manifest.receiverKeyId).toBe(fresh.publicKeys.keyId);
    expect(await importInto(central, r2)).toMatchObject({ status: 'imported' });
    const c = await exportFrom(central, (exporter) => exporter.centralReturn(branchId));
    expect(await importInto(branch, c)).toMatchObject({ status: 'imported' });
    expect((await centralPeerOf(branch)).ackedSeq).toBe(r2.manifest.seqTo);
  });
});
