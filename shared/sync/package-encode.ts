import { sha256Hex } from '../hash';
import { toBase64, utf8 } from './bytes';
import { PackageError, detail } from './errors';
import { EXTRAS_PART, FORMAT_VERSION, MANIFEST_FILE, SIGNATURE_FILE, parseManifest, partName } from './manifest';
import { CHANGES_CHUNK_BYTES, PACKAGE_LIMITS } from './limits';
import { ndjsonChunks } from './ndjson';
import { FRESH_ENTROPY, encryptPart, newPackageKey, signManifest, wrapPackageKey, type PackageEntropy, type PackageKey } from './package-crypto';
import { asSyncChange, checkAttachmentsAgainstRecords, checkExtras, checkPayloadAgainstManifest, countByTable } from './payload-check';
import { writeZip } from './zip';
import type { KeySet, ManifestFields, PackageBody, PackageManifest, PackagePart, PartKind, PublicKeySet } from './types';

export interface EncodeOptions {
  manifestFields: ManifestFields;
  senderKeys: KeySet;
  receiverPublicKeys: PublicKeySet;
  /** Plaintext bytes per changes chunk; smaller only in tests, to split lines and characters. */
  chunkBytes?: number;
  /** Fixed randomness, only to reproduce the published test vectors; fresh randomness otherwise. */
  entropy?: PackageEntropy;
  /**
   * Signs `"zbpkg-manifest-v1\n" + manifest.json` (default: the sender's signing key). ECDSA in
   * WebCrypto is randomised, so a vector is reproduced with its own signature, checked first.
   */
  signManifest?: (manifestBytes: Uint8Array) => Promise<Uint8Array>;
}

/** Encrypts parts one at a time, keeping each ciphertext for the archive and its description for the manifest. */
class PartWriter {
  readonly parts: PackagePart[] = [];
  readonly entries: [string, Uint8Array][] = [];
  constructor(
    private readonly key: PackageKey,
    private readonly packageId: string,
    private readonly entropy: PackageEntropy,
  ) {}

  async add(name: string, kind: PartKind, plaintext: Uint8Array, attachmentId?: string): Promise<void> {
    const { iv, ciphertext } = await encryptPart(this.key, this.packageId, name, plaintext, this.entropy);
    const part: PackagePart = { name, kind, sha256: await sha256Hex(ciphertext), bytes: ciphertext.length, plainBytes: plaintext.length, iv: toBase64(iv) };
    if (attachmentId !== undefined) part.attachmentId = attachmentId;
    this.parts.push(part);
    this.entries.push([name, ciphertext]);
  }
}

/** The archive guard's limits (shared/sync/limits.ts), which a receiver checks before reading anything else. */
function checkArchiveLimits(entryCount: number, fileBytes?: number): void {
  if (entryCount > PACKAGE_LIMITS.maxEntries) {
    throw new PackageError('too-large', detail(`${entryCount} 个文件，上限 ${PACKAGE_LIMITS.maxEntries}`, `${entryCount} entries, limit ${PACKAGE_LIMITS.maxEntries}`));
  }
  if (fileBytes !== undefined && fileBytes > PACKAGE_LIMITS.maxPackageBytes) {
    throw new PackageError('too-large', detail(`数据包 ${fileBytes} 字节，上限 ${PACKAGE_LIMITS.maxPackageBytes}`, `package of ${fileBytes} bytes, limit ${PACKAGE_LIMITS.maxPackageBytes}`));
  }
}

/**
 * One package file: the body's changes as encrypted NDJSON chunks, its attachments and
 * extras as encrypted parts, and the manifest over their ciphertext hashes, signed by the
 * sender. Every check the decoder makes that needs no receiver key runs here on what is
 * about to be written (the manifest's form, the extras, the payload against the manifest,
 * the archive's limits): a package the receiver would refuse throws PackageError here,
 * at the desk where it can be fixed, instead of on a stick at the central office.
 */
export async function encodePackage(body: PackageBody, options: EncodeOptions): Promise<Uint8Array> {
  const { manifestFields: fields, senderKeys, receiverPublicKeys } = options;
  body.changes.forEach((change, index) => asSyncChange(change, index, fields.senderId));
  const packageId = fields.packageId ?? crypto.randomUUID();
  const entropy = options.entropy ?? FRESH_ENTROPY;
  const key = await newPackageKey(entropy);
  const writer = new PartWriter(key, packageId, entropy);
  let index = 0;
  for (const chunk of ndjsonChunks(body.changes, options.chunkBytes ?? CHANGES_CHUNK_BYTES)) await writer.add(partName('changes', index++), 'changes', chunk);
  for (const [i, attachment] of body.attachments.entries()) await writer.add(partName('attachment', i), 'attachment', attachment.bytes, attachment.id);
  const extras = { ...(body.acknowledgement ? { acknowledgement: body.acknowledgement } : {}), ...(body.ruleSet !== undefined ? { ruleSet: body.ruleSet } : {}), ...(body.keyRotation !== undefined ? { keyRotation: body.keyRotation } : {}) };
  checkExtras(extras, fields.kind);
  if (Object.keys(extras).length > 0) await writer.add(EXTRAS_PART, 'extras', utf8(JSON.stringify(extras)));
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
    wrappedKey: await wrapPackageKey(key, receiverPublicKeys.encryption, packageId, receiverPublicKeys.keyId, entropy),
  };
  const manifestBytes = utf8(JSON.stringify(manifest, null, 2));
  // The decoder's own reading of the manifest: field forms, the range's bounds, counts above zero, size.
  await parseManifest(manifestBytes);
  checkPayloadAgainstManifest(manifest, body);
  await checkAttachmentsAgainstRecords(body);
  checkArchiveLimits(writer.entries.length + 2);
  const signature = await (options.signManifest ?? ((bytes) => signManifest(bytes, senderKeys.signingPrivateKey)))(manifestBytes);
  const file = writeZip([[MANIFEST_FILE, manifestBytes], [SIGNATURE_FILE, signature], ...writer.entries]);
  checkArchiveLimits(writer.entries.length + 2, file.length);
  return file;
}
