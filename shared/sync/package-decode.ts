import { sha256Hex } from '../hash';
import { fromBase64 } from './bytes';
import { PackageError, detail } from './errors';
import { MANIFEST_FILE, SIGNATURE_FILE, parseManifest } from './manifest';
import { NdjsonReader } from './ndjson';
import { decryptPart, unwrapPackageKey, verifyManifest } from './package-crypto';
import { asSyncChange, checkAttachmentsAgainstRecords, checkExtras, checkPayloadAgainstManifest } from './payload-check';
import { decodeUtf8Strict, parseStrictJson } from './strict-json';
import { readZip } from './zip';
import type { DecodeOptions, DecodedPackage, PackageAttachment, PackageBody, PackageManifest, PublicKeySet, SyncCryptoKey, TrustedKey } from './types';

/** A package's archive read once: its entries and its manifest checked for form; nothing verified or decrypted yet. */
export interface OpenedPackage {
  entries: Map<string, Uint8Array>;
  manifest: PackageManifest;
}

/** The archive's entries and its checked manifest; nothing verified or decrypted yet. */
export async function openPackage(bytes: Uint8Array): Promise<OpenedPackage> {
  const entries = readZip(bytes);
  const manifestBytes = entries.get(MANIFEST_FILE);
  if (!manifestBytes || !entries.has(SIGNATURE_FILE)) throw new PackageError('not-a-package', detail('缺少清单或签名', 'no manifest or signature'));
  const manifest = await parseManifest(manifestBytes);
  const listed = new Set([MANIFEST_FILE, SIGNATURE_FILE, ...manifest.parts.map((part) => part.name)]);
  for (const name of entries.keys()) {
    if (!listed.has(name)) throw new PackageError('unsafe-archive', detail(`清单未列出的文件 ${name}`, `entry ${name} not in the manifest`));
  }
  // One package, one byte string: the entries stand in the writer's order (manifest, signature,
  // then the parts as the manifest lists them). A copy with its entries moved decodes to the
  // same records but has another SHA-256, so it would be stored under a package hash the
  // sender never made; it is refused instead.
  const order = [MANIFEST_FILE, SIGNATURE_FILE, ...manifest.parts.map((part) => part.name)].filter((name) => entries.has(name));
  if ([...entries.keys()].some((name, index) => name !== order[index])) {
    throw new PackageError('unsafe-archive', detail('文件顺序与清单不符', "entries are not in the manifest's order"));
  }
  return { entries, manifest };
}

/** The manifest of a package, checked for form only: no keys, no signature check (preview and `zbpkg inspect`). */
export async function inspectManifest(bytes: Uint8Array): Promise<PackageManifest> {
  return (await openPackage(bytes)).manifest;
}

/** The sender's keys: trusted for the sender it names, or admitted by a person on first contact. */
function senderKeys(manifest: PackageManifest, options: Pick<DecodeOptions, 'trustedKeys' | 'acceptNewSenderKey'>): { keys: PublicKeySet; isNew: boolean } {
  const trusted = options.trustedKeys.find((key) => key.publicKeys.keyId === manifest.senderKeyId);
  if (trusted) {
    if (trusted.partyId !== manifest.senderId) {
      throw new PackageError('unknown-sender-key', detail(`该密钥属于 ${trusted.partyId}，不属于 ${manifest.senderId}`, `key belongs to ${trusted.partyId}, not ${manifest.senderId}`));
    }
    return { keys: trusted.publicKeys, isNew: false };
  }
  if (options.acceptNewSenderKey?.(manifest.senderId, manifest.senderPublicKeys)) return { keys: manifest.senderPublicKeys, isNew: true };
  throw new PackageError('unknown-sender-key', detail(`发送方 ${manifest.senderId}`, `sender ${manifest.senderId}`));
}

function checkReceiver(manifest: PackageManifest, options: DecodeOptions): void {
  if (manifest.receiverId !== options.receiverId) {
    throw new PackageError('wrong-receiver', detail(`收件方是 ${manifest.receiverId}`, `addressed to ${manifest.receiverId}`));
  }
  if (manifest.receiverKeyId !== options.receiverKeys.publicKeys.keyId) throw new PackageError('wrong-receiver', detail('收件密钥不符', 'receiver key differs'));
  if (options.expectedKind !== undefined && manifest.kind !== options.expectedKind) {
    throw new PackageError('manifest-invalid', detail(`数据包类型为 ${manifest.kind}，应为 ${options.expectedKind}`, `kind ${manifest.kind}, expected ${options.expectedKind}`));
  }
  if (options.maxSchemaVersion !== undefined && manifest.schemaVersion > options.maxSchemaVersion) {
    throw new PackageError('schema-too-new', detail(`数据结构 v${manifest.schemaVersion}，本软件为 v${options.maxSchemaVersion}`, `schema v${manifest.schemaVersion} > v${options.maxSchemaVersion}`));
  }
}

async function openSigned(bytes: Uint8Array, trust: Pick<DecodeOptions, 'trustedKeys' | 'acceptNewSenderKey'>, opened?: OpenedPackage) {
  const { entries, manifest } = opened ?? (await openPackage(bytes));
  const sender = senderKeys(manifest, trust);
  if (!(await verifyManifest(entries.get(MANIFEST_FILE)!, entries.get(SIGNATURE_FILE)!, sender.keys.signing))) throw new PackageError('bad-signature');
  return { entries, manifest, sender };
}

/**
 * What can be checked without the receiver's private key (`zbpkg verify` without it): the
 * archive, the manifest, the signature and every part's hash. With trusted keys the sender
 * must be one of them; without, the signature is checked against the key the package names,
 * which proves it whole but not who sent it (senderTrusted: false).
 */
export async function verifyPackageSignature(bytes: Uint8Array, trustedKeys: readonly TrustedKey[] = []): Promise<{ manifest: PackageManifest; senderTrusted: boolean; packageHash: string }> {
  const trustAny = trustedKeys.length === 0;
  const { entries, manifest } = await openSigned(bytes, { trustedKeys, acceptNewSenderKey: () => trustAny });
  await checkPartHashes(manifest, entries);
  return { manifest, senderTrusted: !trustAny, packageHash: await sha256Hex(bytes) };
}

/**
 * A promise awaited later, in the checks' order: its rejection is not unhandled meanwhile.
 * (WebCrypto works off the page's thread: work started together waits once, not once each.)
 */
function started<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** Every part present, of the declared length and hash: before any decryption. The hashes made together, judged in the parts' order. */
async function checkPartHashes(manifest: PackageManifest, entries: Map<string, Uint8Array>): Promise<void> {
  const hashes = manifest.parts.map((part) => {
    const bytes = entries.get(part.name);
    return bytes && bytes.length === part.bytes ? started(sha256Hex(bytes)) : undefined;
  });
  for (const [index, part] of manifest.parts.entries()) {
    const bytes = entries.get(part.name);
    if (!bytes) throw new PackageError('part-missing', detail(part.name));
    if (bytes.length !== part.bytes || (await hashes[index]) !== part.sha256) throw new PackageError('part-hash-mismatch', detail(part.name));
  }
}

async function decryptParts(manifest: PackageManifest, entries: Map<string, Uint8Array>, key: SyncCryptoKey): Promise<PackageBody> {
  const reader = new NdjsonReader();
  const attachments: PackageAttachment[] = [];
  let extras: Uint8Array | undefined;
  // Every part decrypted at once (each is authenticated on its own), then taken in the manifest's order.
  const plaintexts = manifest.parts.map((part) => started(decryptPart(key, manifest.packageId, part.name, fromBase64(part.iv)!, entries.get(part.name)!)));
  for (const [index, part] of manifest.parts.entries()) {
    const plaintext = await plaintexts[index];
    if (!plaintext) throw new PackageError('decrypt-failed', detail(part.name));
    if (part.kind === 'changes') reader.push(plaintext);
    else if (part.kind === 'attachment') attachments.push({ id: part.attachmentId!, bytes: plaintext });
    else extras = plaintext;
  }
  const changes = reader.end().map((item, index) => asSyncChange(item, index, manifest.senderId));
  return { changes, attachments, ...(extras ? readExtras(extras, manifest.kind) : checkExtras({}, manifest.kind)) };
}

/** The extras part's plaintext: strict JSON (docs/sync-format.md, "JSON"), checked for the package's kind. */
export function readExtras(plaintext: Uint8Array, kind: PackageManifest['kind']): Pick<PackageBody, 'acknowledgement' | 'ruleSet' | 'keyRotation'> {
  let extras: unknown;
  try {
    extras = parseStrictJson(decodeUtf8Strict(plaintext));
  } catch {
    throw new PackageError('payload-invalid', detail('附加内容不是有效的 JSON', 'extras are not valid strict JSON'));
  }
  return checkExtras(extras, kind, true);
}

/**
 * A package, verified and decrypted, in this order (docs/sync-format.md, "Decoding order"):
 * archive guard, manifest form, sender key and signature, receiver, part hashes, decryption,
 * then the manifest against the payload and the attachments against their records. Throws PackageError (code + Chinese message) for
 * anything that is not exactly a valid package for this receiver from a trusted sender.
 */
export async function decodePackage(bytes: Uint8Array, options: DecodeOptions, opened?: OpenedPackage): Promise<DecodedPackage> {
  // `opened`: the same bytes' archive as openPackage read it (the preview read it for the manifest), not read again.
  const { entries, manifest, sender } = await openSigned(bytes, options, opened);
  // The whole file's hash (stored with the package) made meanwhile, once the sender is proven.
  const packageHash = started(sha256Hex(bytes));
  checkReceiver(manifest, options);
  await checkPartHashes(manifest, entries);
  const key = await unwrapPackageKey(manifest.wrappedKey, options.receiverKeys.encryptionPrivateKey, manifest.packageId, manifest.receiverKeyId);
  if (!key) throw new PackageError('decrypt-failed', detail('无法解开数据包密钥', 'the package key does not unwrap'));
  const body = await decryptParts(manifest, entries, key);
  checkPayloadAgainstManifest(manifest, body);
  await checkAttachmentsAgainstRecords(body);
  return { manifest, body, packageHash: await packageHash, newSenderKey: sender.isNew };
}
