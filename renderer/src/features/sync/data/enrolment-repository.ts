import { newId } from '../../../../../shared/records/base-record';
import { decodeEnrolment, encodeEnrolment } from '../../../../../shared/sync/enrolment';
import { safeFileNamePart } from '../../../../../shared/files/file-names';
import { utf8 } from '../../../../../shared/sync/bytes';
import { fingerprint } from '../../../../../shared/sync/keys';
import type { Enrolment, KeyBackup, PublicKeySet } from '../../../../../shared/sync/types';
import type { LedgerDatabase } from '../../../db/database';
import type { EnrolmentRow, PeerRow } from '../../../db/sync-rows';
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
  /** This branch enrolled again by the same office under a new key (its old one lost): data and sequence stay. */
  reEnrolment?: true;
}

export function createEnrolmentRepository(db: LedgerDatabase, clock: () => Date = () => new Date()) {
  const keys = createKeysRepository(db, clock);
  const rules = createRuleSetRepository(db);

  /** The enrolment file of a branch, signed with the office's current key; `remember` records the branch and that key. */
  async function enrolmentFile(branchId: string, name: string, remember: (branchId: string, ownKeyId: string) => Promise<unknown>): Promise<EnrolmentFileOut> {
    const installation = await installationOf(db);
    if (installation.role !== 'central') throw new SyncError('只有院党委组织科的电脑可以制作登记文件。');
    const own = await keys.ownKeys();
    if (!own) throw new SyncError('请先创建本单位密钥。');
    const text = await encodeEnrolment(
      { branchId, branchName: name, centralId: installation.ownerId, centralName: installation.name, ruleSet: (await rules.active()).ruleSet, createdAt: clock().toISOString() },
      own,
    );
    await remember(branchId, own.publicKeys.keyId);
    return { branchId, fileName: `登记文件-${safeFileNamePart(name)}.${ENROLMENT_EXTENSION}`, bytes: utf8(text) };
  }

  /** Branch, inside a transaction over syncState and syncKeys: the central office is trusted with `publicKeys` only, from now on. */
  async function trustCentralKey(enrolment: EnrolmentRow, central: PeerRow, publicKeys: PublicKeySet): Promise<void> {
    await keys.replaceTrust(enrolment.centralId, publicKeys);
    const { pendingCentralKey: _done, ...kept } = central;
    await db.syncState.bulkPut([{ ...enrolment, centralPublicKeys: publicKeys }, { ...kept, publicKeys }]);
  }

  return {
    /** Central office: the enrolment file for a new branch, which from now on is listed under 各支部. */
    async enrolBranch(branchName: string): Promise<EnrolmentFileOut> {
      const name = branchName.trim();
      if (name.length < 2) throw new SyncError('请填写支部名称（至少 2 个字）。');
      return enrolmentFile(newId(), name, (branchId, own) => db.syncState.put({ ...newPeer(branchId, name), trustedOwnKeyId: own }));
    },

    /**
     * Central office whose old key is lost (no statement can be signed with it): a new
     * enrolment file for a branch already enrolled, under the same id, made with the key in
     * use now. The branch imports it over its enrolment, compares the fingerprint by phone,
     * and keeps its data and sequence; so does this PC's record of the branch.
     */
    async reEnrolBranch(branchId: string): Promise<EnrolmentFileOut> {
      const peer = await findPeer(db, branchId);
      if (!peer) throw new SyncError('找不到这个支部的登记信息。');
      return enrolmentFile(branchId, peer.name, async (_, own) => {
        await db.transaction('rw', db.syncState, async () => {
          const current = await findPeer(db, branchId);
          if (current) await db.syncState.put({ ...current, trustedOwnKeyId: own });
        });
      });
    },

    /**
     * Branch: after a person compared the central office's new fingerprint by phone, trusts
     * only the new key (announced in a return, signed by the old one) and encrypts the next
     * report to it. Data, sequence and acknowledgement stay as they are.
     */
    async switchCentralKey(): Promise<string> {
      return db.transaction('rw', db.syncState, db.syncKeys, async () => {
        const enrolment = await findEnrolment(db);
        const central = enrolment && (await findPeer(db, enrolment.centralId));
        const pending = central?.pendingCentralKey;
        if (!enrolment || !central || !pending) throw new SyncError('没有待确认的院党委组织科新密钥。');
        await trustCentralKey(enrolment, central, pending.publicKeys);
        return `已改用院党委组织科的新密钥（指纹 ${fingerprint(pending.publicKeys)}）。此后的报送包用新密钥加密。`;
      });
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
      if (known && (known.centralId !== enrolment.centralId || known.centralPublicKeys.keyId === enrolment.centralPublicKeys.keyId)) {
        throw new SyncError('本机已经导入过这份登记文件，无需再次导入。');
      }
      // The same branch from the same office under a new key: the office lost its old one and enrolled the branch again.
      return { enrolment, centralFingerprint: fingerprint(enrolment.centralPublicKeys), localName: installation.name, ...(known ? { reEnrolment: true } : {}) };
    },

    /**
     * Branch: takes the enrolment (after the fingerprint was compared): the branch takes the
     * id the central office gave it, trusts the central office's keys and makes its own key
     * pair, whose backup under the passphrase is returned for saving.
     */
    async acceptEnrolment(enrolment: Enrolment, passphrase: string): Promise<{ backup: KeyBackup; fingerprint: string }> {
      const installation = await installationOf(db);
      const known = await findEnrolment(db);
      if (known) return acceptReEnrolment(known, enrolment);
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

  /** A re-enrolment (the office's old key lost): only the trusted office key changes; this PC's keys, data and sequence stay. */
  async function acceptReEnrolment(known: EnrolmentRow, enrolment: Enrolment): Promise<{ backup: KeyBackup; fingerprint: string }> {
    if (known.branchId !== enrolment.branchId || known.centralId !== enrolment.centralId) throw new SyncError(`本机已登记为“${known.branchName}”，不能再导入其他支部的登记文件。`);
    const backup = await keys.backup();
    if (!backup) throw new SyncError('本机没有密钥，不能重新登记。请先在“设置”中导入原电脑的密钥备份。');
    await db.transaction('rw', db.syncState, db.syncKeys, async () => {
      const central = await findPeer(db, enrolment.centralId);
      if (!central) throw new SyncError('找不到院党委组织科的登记信息。');
      await trustCentralKey(known, central, enrolment.centralPublicKeys);
    });
    return { backup, fingerprint: fingerprint(backup.publicKeys) };
  }
}

export type EnrolmentRepository = ReturnType<typeof createEnrolmentRepository>;
