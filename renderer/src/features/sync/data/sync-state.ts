import type { LedgerDatabase } from '../../../db/database';
import type { EnrolmentRow, PeerRow } from '../../../db/sync-rows';
import type { Installation } from '../../../core/installation/installation-repository';

export class SyncError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyncError';
  }
}

export function peerKey(peerId: string): PeerRow['key'] {
  return `peer:${peerId}`;
}

export function newPeer(peerId: string, name: string): PeerRow {
  return { key: peerKey(peerId), peerId, name, ackedSeq: 0, receivedSeq: 0, receivedPackageHash: null, sentPackageHash: null, sentSeq: 0 };
}

export async function installationOf(db: LedgerDatabase): Promise<Installation> {
  const row = await db.installation.get('this-pc');
  if (!row) throw new SyncError('本机尚未完成初始设置。');
  const { key: _key, ...installation } = row;
  return installation;
}

export async function findPeer(db: LedgerDatabase, peerId: string): Promise<PeerRow | undefined> {
  return (await db.syncState.get(peerKey(peerId))) as PeerRow | undefined;
}

/** Every peer this PC knows, by name. */
export async function listPeers(db: LedgerDatabase): Promise<PeerRow[]> {
  const rows = (await db.syncState.where('key').startsWith('peer:').toArray()) as PeerRow[];
  return [...rows].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

export async function findEnrolment(db: LedgerDatabase): Promise<EnrolmentRow | undefined> {
  return (await db.syncState.get('enrolment')) as EnrolmentRow | undefined;
}

/** One-line Chinese message for any error a sync step throws. */
export function describeSyncError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export type { PeerRow } from '../../../db/sync-rows';
