import { isCount, isRecord, isText } from '../guards';
import { fromBase64 } from './bytes';
import { decodeUtf8Strict, parseStrictJson } from './strict-json';
import { PackageError, detail } from './errors';
import { parseHlc } from './hlc';
import { asPublicJwk, asPublicKeySet } from './keys';
import { PACKAGE_LIMITS } from './limits';
import { GCM_IV_BYTES, GCM_TAG_BYTES } from './subtle';
import { PACKAGE_KINDS, PART_KINDS, type PackageManifest, type PackagePart, type WrappedKey } from './types';

/** The format this code writes. */
export const FORMAT_VERSION = 1;
/** The oldest format this code still reads. */
export const OLDEST_READABLE_FORMAT_VERSION = 1;

const HEX64 = /^[0-9a-f]{64}$/;
const HEX_KEY_ID = /^[0-9a-f]{32}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const PART_NAMES: Record<PackagePart['kind'], RegExp> = {
  changes: /^payload\/changes-\d{4,}\.bin$/,
  attachment: /^payload\/attachment-\d{4,}\.bin$/,
  extras: /^payload\/extras\.bin$/,
};

/** The name of the index-th (from 0) changes or attachment part: numbered from 0001, at least four digits. */
export function partName(kind: Exclude<PackagePart['kind'], 'extras'>, index: number): string {
  return `payload/${kind}-${String(index + 1).padStart(4, '0')}.bin`;
}
export const EXTRAS_PART = 'payload/extras.bin';
const PART_ORDER: Record<PackagePart['kind'], number> = { changes: 0, attachment: 1, extras: 2 };

/**
 * One layout per package: the changes parts, then the attachment parts, each numbered from 0001
 * without gaps, then at most one extras part, which only a central return carries.
 */
function checkPartLayout(parts: readonly PackagePart[], kind: PackageManifest['kind']): void {
  const next = { changes: 0, attachment: 0 };
  parts.forEach((part, index) => {
    check(index === 0 || PART_ORDER[parts[index - 1]!.kind] <= PART_ORDER[part.kind], `parts[${index}]（顺序：先 changes，再 attachment，最后 extras）`);
    if (part.kind !== 'extras') check(part.name === partName(part.kind, next[part.kind]++), `parts[${index}].name（编号须从 0001 起连续）`);
  });
  check(parts.filter((part) => part.kind === 'extras').length <= (kind === 'central-return' ? 1 : 0), 'parts（extras：报送包没有，回执至多一个）');
}

export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'manifest.sig';

function invalid(field: string): PackageError {
  return new PackageError('manifest-invalid', detail(`字段 ${field}`, `field ${field}`));
}

function check(ok: boolean, field: string): void {
  if (!ok) throw invalid(field);
}

/** Exactly these keys (the optional ones may be absent): v1 has no room for unknown fields. */
function checkKeys(x: Record<string, unknown>, required: readonly string[], optional: readonly string[], where: string): void {
  const allowed = new Set([...required, ...optional]);
  for (const key of Object.keys(x)) check(allowed.has(key), `${where}${key}（未知字段）`);
  for (const key of required) check(key in x, `${where}${key}`);
}

const isBase64Of = (x: unknown, length: number) => typeof x === 'string' && fromBase64(x)?.length === length;
const isPositiveInteger = (x: unknown) => isCount(x) && x >= 1;

function checkPart(x: unknown, index: number): PackagePart {
  const where = `parts[${index}].`;
  check(isRecord(x), `parts[${index}]`);
  const part = x as Record<string, unknown>;
  checkKeys(part, ['name', 'kind', 'sha256', 'bytes', 'plainBytes', 'iv'], ['attachmentId'], where);
  check(PART_KINDS.includes(part.kind as PackagePart['kind']), `${where}kind`);
  const kind = part.kind as PackagePart['kind'];
  check(typeof part.name === 'string' && PART_NAMES[kind].test(part.name), `${where}name`);
  check(typeof part.sha256 === 'string' && HEX64.test(part.sha256), `${where}sha256`);
  check(isCount(part.bytes) && part.bytes >= GCM_TAG_BYTES && part.bytes <= PACKAGE_LIMITS.maxPartBytes, `${where}bytes`);
  check(part.plainBytes === (part.bytes as number) - GCM_TAG_BYTES, `${where}plainBytes`);
  check(isBase64Of(part.iv, GCM_IV_BYTES), `${where}iv`);
  check(kind === 'attachment' ? isText(part.attachmentId) : !('attachmentId' in part), `${where}attachmentId`);
  return part as unknown as PackagePart;
}

function checkWrappedKey(x: unknown): WrappedKey {
  check(isRecord(x), 'wrappedKey');
  const wrapped = x as Record<string, unknown>;
  checkKeys(wrapped, ['ephemeralPublicKey', 'salt', 'iv', 'wrappedKey'], [], 'wrappedKey.');
  check(asPublicJwk(wrapped.ephemeralPublicKey) !== null, 'wrappedKey.ephemeralPublicKey');
  check(isBase64Of(wrapped.salt, 16), 'wrappedKey.salt');
  check(isBase64Of(wrapped.iv, GCM_IV_BYTES), 'wrappedKey.iv');
  check(isBase64Of(wrapped.wrappedKey, 32 + GCM_TAG_BYTES), 'wrappedKey.wrappedKey');
  return wrapped as unknown as WrappedKey;
}

/** The format version, refused when this code cannot read it; checked before anything else in the manifest. */
function checkFormatVersion(version: unknown): void {
  check(Number.isSafeInteger(version), 'formatVersion');
  const v = version as number;
  if (v > FORMAT_VERSION) throw new PackageError('format-too-new', detail(`格式 v${v}，本软件支持到 v${FORMAT_VERSION}`, `format v${v}, this app reads up to v${FORMAT_VERSION}`));
  if (v < OLDEST_READABLE_FORMAT_VERSION) throw new PackageError('format-too-old', detail(`格式 v${v}`, `format v${v}`));
}

const MANIFEST_FIELDS = [
  'formatVersion', 'schemaVersion', 'packageId', 'kind', 'senderId', 'senderName', 'receiverId', 'senderKeyId', 'receiverKeyId',
  'senderPublicKeys', 'seqFrom', 'seqTo', 'prevPackageHash', 'createdAt', 'createdHlc', 'counts', 'changeCount', 'attachmentCount',
  'parts', 'wrappedKey',
] as const satisfies readonly (keyof PackageManifest)[];

/**
 * The manifest, with every field's type and form checked (docs/sync-format.md, "Manifest").
 * What needs the payload to check (counts, sequence range) is checked after decrypting.
 */
export async function parseManifest(bytes: Uint8Array): Promise<PackageManifest> {
  if (bytes.length > PACKAGE_LIMITS.maxManifestBytes) throw new PackageError('too-large', detail('清单过大', 'manifest too large'));
  let x: unknown;
  try {
    x = parseStrictJson(decodeUtf8Strict(bytes));
  } catch (error) {
    const why = error instanceof SyntaxError && error.message ? `: ${error.message}` : '';
    throw new PackageError('manifest-invalid', detail(`不是有效的 JSON（不得有字节序标记、重复字段或写成小数的整数）`, `not valid strict JSON${why}`));
  }
  check(isRecord(x), 'manifest');
  const m = x as Record<string, unknown>;
  checkFormatVersion(m.formatVersion);
  checkKeys(m, MANIFEST_FIELDS, [], '');
  check(isPositiveInteger(m.schemaVersion), 'schemaVersion');
  check(typeof m.packageId === 'string' && UUID.test(m.packageId), 'packageId');
  check(PACKAGE_KINDS.includes(m.kind as PackageManifest['kind']), 'kind');
  for (const field of ['senderId', 'senderName', 'receiverId'] as const) check(isText(m[field]), field);
  check(m.senderId !== m.receiverId, 'receiverId');
  for (const field of ['senderKeyId', 'receiverKeyId'] as const) check(typeof m[field] === 'string' && HEX_KEY_ID.test(m[field]), field);
  const senderKeys = await asPublicKeySet(m.senderPublicKeys);
  check(senderKeys !== null && senderKeys.keyId === m.senderKeyId, 'senderPublicKeys');
  check(isPositiveInteger(m.seqFrom), 'seqFrom');
  check(isCount(m.seqTo) && m.seqTo >= (m.seqFrom as number) - 1, 'seqTo');
  check(m.prevPackageHash === null || (typeof m.prevPackageHash === 'string' && HEX64.test(m.prevPackageHash)), 'prevPackageHash');
  check(typeof m.createdAt === 'string' && ISO_INSTANT.test(m.createdAt) && !Number.isNaN(Date.parse(m.createdAt)), 'createdAt');
  check(typeof m.createdHlc === 'string' && parseHlc(m.createdHlc)?.node === m.senderId, 'createdHlc');
  check(isRecord(m.counts) && Object.entries(m.counts).every(([table, n]) => isText(table) && isPositiveInteger(n)), 'counts');
  check(isCount(m.changeCount), 'changeCount');
  check(isCount(m.attachmentCount), 'attachmentCount');
  check(Array.isArray(m.parts), 'parts');
  const parts = (m.parts as unknown[]).map(checkPart);
  check(new Set(parts.map((part) => part.name)).size === parts.length, 'parts（重复的名称）');
  checkPartLayout(parts, m.kind as PackageManifest['kind']);
  checkWrappedKey(m.wrappedKey);
  return m as unknown as PackageManifest;
}
