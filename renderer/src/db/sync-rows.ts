import type { Enrolment, KeyBackup, PackageKind, PublicKeySet, SyncConflict } from '../../../shared/sync/types';
import type { ClockRow } from './change-log';
import type { SignedKeyRotation } from '../../../shared/sync/key-rotation';

/**
 * What this PC knows about one peer (the central office on a branch PC; each enrolled
 * branch on the central office PC), under the key 'peer:<id>'.
 */
export interface PeerRow {
  key: `peer:${string}`;
  peerId: string;
  name: string;
  /** The peer's trusted public keys; absent until known (a branch's arrive in its first package). */
  publicKeys?: PublicKeySet;
  /** Highest sequence number of this PC's stream to the peer that the peer acknowledged. */
  ackedSeq: number;
  /** Live records per table the peer said it holds for us, with its acknowledgement. */
  ackedCounts?: Record<string, number>;
  /** Highest sequence number imported from the peer's stream to this PC. */
  receivedSeq: number;
  /** SHA-256 of the last package imported from the peer (the next one names it as its predecessor). */
  receivedPackageHash: string | null;
  /** SHA-256 of the last package this PC made for the peer, and its upper sequence number. */
  sentPackageHash: string | null;
  sentSeq: number;
  /** createdHlc of the last package this PC made for the peer: the next one is stamped later (shared/sync/package-order.ts). */
  sentCreatedHlc?: string;
  /**
   * createdHlc of the newest package imported from the peer: an older one never moves the
   * acknowledgement or rule set back. Absent until the first package imported since it was kept.
   */
  receivedCreatedHlc?: string;
  lastImportAt?: string;
  lastExportAt?: string;
  /** A clock-skew warning from the peer's last package, in Chinese. */
  skewWarning?: string;
  /**
   * Central office: the key of this office that the branch trusts (its enrolment file's, or
   * the one its last report was encrypted to); returns to it are signed with that key until
   * it switches. Absent for branches enrolled before rotation existed: the office's first key.
   */
  trustedOwnKeyId?: string;
  /**
   * Branch: a new key of the central office, announced by a statement signed with the key
   * trusted now, waiting for a person to compare its fingerprint (数据交换) before it is used.
   */
  pendingCentralKey?: { publicKeys: PublicKeySet; issuedAt: string };
}

/** On a branch PC: the enrolment file it imported (who it is to the central office, whom it trusts). */
export interface EnrolmentRow extends Omit<Enrolment, 'format' | 'version'> {
  key: 'enrolment';
  importedAt: string;
}

/** On a branch PC: the rule set the central office sent last (shared/rules RuleSet as JSON). */
export interface RuleSetRow {
  key: 'ruleSet';
  ruleSet: unknown;
  receivedAt: string;
}

export type SyncStateRow = ClockRow | PeerRow | EnrolmentRow | RuleSetRow;

export type PackageStatus = 'exported' | 'imported' | 'quarantined';

/** Every package this PC made or read, by package id: a package imported once is never applied again. */
export interface SyncPackageRow {
  packageId: string;
  peerId: string;
  kind: PackageKind;
  status: PackageStatus;
  seqFrom: number;
  seqTo: number;
  counts: Record<string, number>;
  fileName: string;
  packageHash: string;
  at: string;
  /** A quarantined package's missing range and its bytes, kept until the missing package arrives. */
  missingFrom?: number;
  missingTo?: number;
  bytes?: Uint8Array;
}

/**
 * A key set: this PC's own (with its private keys as non-extractable CryptoKeys, which
 * IndexedDB stores as they are and which no script can read out), or a peer's public keys.
 */
export interface SyncKeyRow {
  keyId: string;
  owner: 'self' | 'peer';
  /** The node id the keys belong to. */
  ownerId: string;
  publicKeys: PublicKeySet;
  signingPrivateKey?: CryptoKey;
  encryptionPrivateKey?: CryptoKey;
  /** This PC's keys under the passphrase chosen when they were made, so the backup file can be saved again. */
  backup?: KeyBackup;
  /**
   * Central office, a key made by rotation: the statement, signed by the key it replaces
   * (`replaces.oldKeyId`), that returns signed with that older key carry to branches.
   */
  replaces?: { oldKeyId: string; signed: SignedKeyRotation };
  createdAt: string;
}

/** A colliding edit kept for a person to decide. */
export interface SyncConflictRow extends Omit<SyncConflict, 'id'> {
  /** The row's own id. */
  id: string;
  /** The record the two edits were made to (SyncConflict's `id`); absent in rows kept before it was recorded. */
  recordId?: string;
  branchId: string;
  detectedAt: string;
  /** Set once a person decided: which value stays. */
  resolution?: 'local' | 'incoming';
}
