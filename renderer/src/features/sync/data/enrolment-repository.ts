import { newId } from '../../../../../shared/records/base-record';
import { decodeEnrolment, encodeEnrolment } from '../../../../../shared/sync/enrolment';
import { safeFileNamePart } from '../../../../../shared/files/file-names';
import { utf8 } from '../../../../../shared/sync/bytes';
import { fingerprint } from '../../../../../shared/sync/keys';
import type { Enrolment, KeyBackup } from '../../../../../shared/sync/types';
import type { LedgerDatabase } from '../../../db/database';
import type { EnrolmentRow } from '../../../db/sync-rows';
import { adoptBranchId } from './adopt-branch-id';
import { createRuleSetRepository } from '../../../core/rules/rule-set-repository';
import { createKeysRepository } from './keys-repository';
import { SyncError, findEnrolment, findPeer, installationOf, newPeer, peerKey } from './sync-state';

export const ENROLMENT_EXTENSION = 'zbenrol';
export const KEY_BACKUP_EXTENSION = 'zbkey';

export function keyBackupFile(backup: KeyBackup, ownerName: string): { fileName: string; bytes: Uint8Array } {
  return { fileName: `密钥备份-${safeFileNamePart(ownerName)}.${KEY_BACKUP_EXTENSION}`, bytes: utf8(JSON.stringify(backup, null, 2)) };
}

export interface EnrolmentFileOut {
  branchId: string;
  fileName: string;
  bytes: Uint8Array;
}

/** An enrolment file read and checked, waiting for the branch to confirm the fingerprint. */
export interface EnrolmentPreview {
  enrolment: Enrolment;
  centralFingerprint: string;
  /** The branch name this PC was set up with, when it differs from the file's. */
  localName: string;
}

export function createEnrolmentRepository(db: LedgerDatabase, clock: () => Date = () => new Date()) {
  const keys = createKeysRepository(db, clock);
  const rules = createRuleSetRepository(db);

  return {
    /** Central office: the enrolment file for a new branch, which from now on is listed under 各支部. */
    async enrolBranch(branchName: string): Promise<EnrolmentFileOut> {
      const name = branchName.trim();
      if (name.length < 2) throw new SyncError('请填写支部名称（至少 2 个字）。');
      const installation = await installationOf(db);
      if (installation.role !== 'central') throw new SyncError('只有院党委组织科的电脑可以制作登记文件。');
      const own = await keys.ownKeys();
      if (!own) throw new SyncError('请先创建本单位密钥。');
      const branchId = newId();
      const text = await encodeEnrolment(
        { branchId, branchName: name, centralId: installation.ownerId, centralName: installation.name, ruleSet: (await rules.active()).ruleSet, createdAt: clock().toISOString() },
        own,
      );
      await db.syncState.put(newPeer(branchId, name));
      return { branchId, fileName: `登记文件-${safeFileNamePart(name)}.${ENROLMENT_EXTENSION}`, bytes: utf8(text) };
    },

    /** Branch: reads an enrolment file without storing anything. */
    async readEnrolment(bytes: Uint8Array): Promise<EnrolmentPreview> {
      const installation = await installationOf(db);
      if (installation.role !== 'branch') throw new SyncError('登记文件只能在党支部的电脑上导入。');
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        throw new SyncError('这不是登记文件（无法读取文件内容）。');
      }
      const enrolment = await decodeEnrolment(text);
      const known = await findEnrolment(db);
      if (known && known.branchId !== enrolment.branchId) {
        throw new SyncError(`本机已登记为“${known.branchName}”，不能再导入其他支部的登记文件。`);
      }
      if (known) throw new SyncError('本机已经导入过这份登记文件，无需再次导入。');
      return { enrolment, centralFingerprint: fingerprint(enrolment.centralPublicKeys), localName: installation.name };
    },

    /**
     * Branch: takes the enrolment (after the fingerprint was compared): the branch takes the
     * id the central office gave it, trusts the central office's keys and makes its own key
     * pair, whose backup under the passphrase is returned for saving.
     */
    async acceptEnrolment(enrolment: Enrolment, passphrase: string): Promise<{ backup: KeyBackup; fingerprint: string }> {
      const installation = await installationOf(db);
      const peer = await findPeer(db, enrolment.centralId);
      if (peer && peer.sentSeq > 0) throw new SyncError('本机已向院党委报送过数据，不能更换登记。');
      // Keys made by an earlier attempt that failed later on are kept, not made twice.
      const existing = await keys.backup();
      const created = existing ? { backup: existing, publicKeys: existing.publicKeys } : await keys.create(enrolment.branchId, passphrase);
      if (installation.ownerId !== enrolment.branchId) await adoptBranchId(db, installation.ownerId, enrolment.branchId, clock());
      const { format: _format, version: _version, ...content } = enrolment;
      const row: EnrolmentRow = { key: 'enrolment', ...content, importedAt: clock().toISOString() };
      await keys.trust(enrolment.centralId, enrolment.centralPublicKeys);
      await db.transaction('rw', db.syncState, async () => {
        await db.syncState.bulkPut([row, { ...newPeer(enrolment.centralId, enrolment.centralName), key: peerKey(enrolment.centralId), publicKeys: enrolment.centralPublicKeys }]);
        await rules.receive(enrolment.ruleSet, clock());
      });
      return { backup: created.backup, fingerprint: fingerprint(created.publicKeys) };
    },
  };
}

export type EnrolmentRepository = ReturnType<typeof createEnrolmentRepository>;
