import { sha256Hex } from '../../../../shared/hash';
import { encodeHlc } from '../../../../shared/sync/hlc';
import { generateSigningAndEncryptionKeys } from '../../../../shared/sync/keys';
import { encodePackage, type EncodeOptions } from '../../../../shared/sync/package-encode';
import { signManifest } from '../../../../shared/sync/package-crypto';
import { readZip, writeZip } from '../../../../shared/sync/zip';
import { PackageError } from '../../../../shared/sync/errors';
import { decodePackage } from '../../../../shared/sync/package-decode';
import type { DecodeOptions, KeySet, ManifestFields, PackageBody, PackageErrorCode, SyncChange } from '../../../../shared/sync/types';

export const CENTRAL = 'central';
export const BRANCH = 'branch-1';
export const T0 = Date.UTC(2026, 2, 1, 8, 0, 0);

export interface SyncParties {
  central: KeySet;
  branch: KeySet;
  other: KeySet;
}

let parties: Promise<SyncParties> | undefined;

/** Key sets are slow-ish to make: one set of parties per test file. */
export function syncParties(): Promise<SyncParties> {
  parties ??= (async () => ({
    central: await generateSigningAndEncryptionKeys(),
    branch: await generateSigningAndEncryptionKeys(),
    other: await generateSigningAndEncryptionKeys(),
  }))();
  return parties;
}

export function hlcAt(offsetMs: number, node = BRANCH, counter = 0): string {
  return encodeHlc({ wallMs: T0 + offsetMs, counter, node });
}

/** A branch change to a member: seq n, stamped n seconds after T0. */
export function memberChange(seq: number, fields: Record<string, unknown> = {}, overrides: Partial<SyncChange> = {}): SyncChange {
  const id = (overrides.id as string | undefined) ?? `m-${seq}`;
  return {
    table: 'members',
    id,
    hlc: hlcAt(seq * 1000),
    origin: BRANCH,
    seq,
    baseHlc: null,
    changedFields: ['name', 'deleted'],
    record: { id, branchId: BRANCH, name: `党员${seq}`, deleted: false, ...fields },
    ...overrides,
  };
}

/** An attachment's bytes with the live `attachments` change a package must carry for them (seq n). */
export async function attachmentWithRecord(seq: number, id: string, bytes: Uint8Array): Promise<{ change: SyncChange; attachment: { id: string; bytes: Uint8Array } }> {
  const record = { id, branchId: BRANCH, deleted: false, fileName: '签到表.jpg', size: bytes.length, sha256: await sha256Hex(bytes) };
  return { change: memberChange(seq, {}, { table: 'attachments', id, record, changedFields: ['fileName', 'size', 'sha256'] }), attachment: { id, bytes } };
}

export function reportFields(seqFrom: number, seqTo: number, overrides: Partial<ManifestFields> = {}): ManifestFields {
  return {
    schemaVersion: 3,
    kind: 'branch-report',
    senderId: BRANCH,
    senderName: '第一党支部',
    receiverId: CENTRAL,
    seqFrom,
    seqTo,
    prevPackageHash: null,
    createdHlc: hlcAt(60_000),
    createdAt: new Date(T0 + 60_000).toISOString(),
    ...overrides,
  };
}

/** A branch report for the central office carrying the body. */
export async function branchReport(body: PackageBody, fields: ManifestFields, extra: Partial<EncodeOptions> = {}): Promise<Uint8Array> {
  const { branch, central } = await syncParties();
  return encodePackage(body, { manifestFields: fields, senderKeys: branch, receiverPublicKeys: central.publicKeys, ...extra });
}

/** How the central office decodes: it trusts the branch key. */
export async function centralDecodeOptions(overrides: Partial<DecodeOptions> = {}): Promise<DecodeOptions> {
  const { branch, central } = await syncParties();
  return { receiverId: CENTRAL, receiverKeys: central, trustedKeys: [{ partyId: BRANCH, publicKeys: branch.publicKeys }], ...overrides };
}

/** The package with its manifest changed and signed again by the branch: tests that a field's rule, not the signature, refuses it. */
export async function withManifest(bytes: Uint8Array, change: (manifest: Record<string, unknown>) => void, entries?: (all: Map<string, Uint8Array>) => void): Promise<Uint8Array> {
  const { branch } = await syncParties();
  const all = readZip(bytes);
  const manifest = JSON.parse(new TextDecoder().decode(all.get('manifest.json'))) as Record<string, unknown>;
  change(manifest);
  const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest));
  all.set('manifest.json', manifestBytes);
  all.set('manifest.sig', await signManifest(manifestBytes, branch.signingPrivateKey));
  entries?.(all);
  return writeZip([...all]);
}

/** What the central office's decoder says about the bytes: 'accepted', or the refusal's code. */
export async function decodeOutcome(bytes: Uint8Array, options: Partial<DecodeOptions> = {}): Promise<PackageErrorCode | 'accepted'> {
  try {
    await decodePackage(bytes, await centralDecodeOptions(options));
    return 'accepted';
  } catch (error) {
    if (error instanceof PackageError) return error.code;
    throw error;
  }
}
