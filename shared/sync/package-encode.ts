import { sha256Hex } from '../hash';
import { toBase64, utf8 } from './bytes';
import { FORMAT_VERSION, MANIFEST_FILE, SIGNATURE_FILE } from './manifest';
import { CHANGES_CHUNK_BYTES } from './limits';
import { ndjsonChunks } from './ndjson';
import { encryptPart, newPackageKey, signManifest, wrapPackageKey, type PackageKey } from './package-crypto';
import { asSyncChange, checkPayloadAgainstManifest, countByTable } from './payload-check';
import { writeZip } from './zip';
import type { KeySet, ManifestFields, PackageBody, PackageManifest, PackagePart, PartKind, PublicKeySet } from './types';

export interface EncodeOptions {
  manifestFields: ManifestFields;
  senderKeys: KeySet;
  receiverPublicKeys: PublicKeySet;
  /** Plaintext bytes per changes chunk; smaller only in tests, to split lines and characters. */
  chunkBytes?: number;
}

function partName(kind: Exclude<PartKind, 'extras'>, index: number): string {
  return `payload/${kind}-${String(index + 1).padStart(4, '0')}.bin`;
}

/** Encrypts parts one at a time, keeping each ciphertext for the archive and its description for the manifest. */
class PartWriter {
  readonly parts: PackagePart[] = [];
  readonly entries: [string, Uint8Array][] = [];
  constructor(private readonly key: PackageKey, private readonly packageId: string) {}

  async add(name: string, kind: PartKind, plaintext: Uint8Array, attachmentId?: string): Promise<void> {
    const { iv, ciphertext } = await encryptPart(this.key, this.packageId, name, plaintext);
    const part: PackagePart = { name, kind, sha256: await sha256Hex(ciphertext), bytes: ciphertext.length, plainBytes: plaintext.length, iv: toBase64(iv) };
    if (attachmentId !== undefined) part.attachmentId = attachmentId;
    this.parts.push(part);
    this.entries.push([name, ciphertext]);
  }
}

/**
 * One package file: the body's changes as encrypted NDJSON chunks, its attachments and
 * extras as encrypted parts, and the manifest over their ciphertext hashes, signed by the
 * sender. Throws PackageError when the body does not fit the manifest fields (a sequence
 * range that does not match the changes, say), so an invalid package is never written.
 */
export async function encodePackage(body: PackageBody, options: EncodeOptions): Promise<Uint8Array> {
  const { manifestFields: fields, senderKeys, receiverPublicKeys } = options;
  body.changes.forEach((change, index) => asSyncChange(change, index, fields.senderId));
  const packageId = fields.packageId ?? crypto.randomUUID();
  const key = await newPackageKey();
  const writer = new PartWriter(key, packageId);
  let index = 0;
  for (const chunk of ndjsonChunks(body.changes, options.chunkBytes ?? CHANGES_CHUNK_BYTES)) await writer.add(partName('changes', index++), 'changes', chunk);
  for (const [i, attachment] of body.attachments.entries()) await writer.add(partName('attachment', i), 'attachment', attachment.bytes, attachment.id);
  const extras = { ...(body.acknowledgement ? { acknowledgement: body.acknowledgement } : {}), ...(body.ruleSet !== undefined ? { ruleSet: body.ruleSet } : {}) };
  if (Object.keys(extras).length > 0) await writer.add('payload/extras.bin', 'extras', utf8(JSON.stringify(extras)));
  const manifest: PackageManifest = {
    formatVersion: FORMAT_VERSION,
    schemaVersion: fields.schemaVersion,
    packageId,
    kind: fields.kind,
    senderId: fields.senderId,
    senderName: fields.senderName,
    receiverId: fields.receiverId,
    senderKeyId: senderKeys.publicKeys.keyId,
    receiverKeyId: receiverPublicKeys.keyId,
    senderPublicKeys: senderKeys.publicKeys,
    seqFrom: fields.seqFrom,
    seqTo: fields.seqTo,
    prevPackageHash: fields.prevPackageHash,
    createdAt: fields.createdAt ?? new Date().toISOString(),
    createdHlc: fields.createdHlc,
    counts: countByTable(body.changes),
    changeCount: body.changes.length,
    attachmentCount: body.attachments.length,
    parts: writer.parts,
    wrappedKey: await wrapPackageKey(key, receiverPublicKeys.encryption, packageId, receiverPublicKeys.keyId),
  };
  checkPayloadAgainstManifest(manifest, body);
  const manifestBytes = utf8(JSON.stringify(manifest, null, 2));
  const signature = await signManifest(manifestBytes, senderKeys.signingPrivateKey);
  return writeZip([[MANIFEST_FILE, manifestBytes], [SIGNATURE_FILE, signature], ...writer.entries]);
}
