import { deflateSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../support/test-database';
import type { LedgerDatabase } from '../../../../../../renderer/src/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../../../../../renderer/src/db/schema';
import { createReviewRepository } from '../../../../../../renderer/src/features/branches/data/review-repository';
import { createAttachmentRepository } from '../../../../../../renderer/src/core/attachments/attachment-repository';
import { createMeetingRepository } from '../../../../../../renderer/src/features/meetings/data/meeting-repository';
import { createMemberRepository } from '../../../../../../renderer/src/features/members/data/member-repository';
import { ALREADY_IMPORTED, createPackageImporter, type ImportPreview } from '../../../../../../renderer/src/features/sync/data/import-package';
import { createKeysRepository } from '../../../../../../renderer/src/features/sync/data/keys-repository';
import { newMeetingContent } from '../../../../../../shared/meetings/new-meeting';
import { NATIONAL_RULE_SET } from '../../../../../../shared/rules/rule-set';
import { generateSigningAndEncryptionKeys } from '../../../../../../shared/sync/keys';
import { PACKAGE_LIMITS } from '../../../../../../shared/sync/limits';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../../../../../../shared/sync/manifest';
import { signManifest } from '../../../../../../shared/sync/package-crypto';
import { decodePackage } from '../../../../../../shared/sync/package-decode';
import { encodePackage } from '../../../../../../shared/sync/package-encode';
import type { KeySet, PackageBody } from '../../../../../../shared/sync/types';
import { crc32, readZip, writeZip } from '../../../../../../shared/sync/zip';
import { digestDatabase } from '../../../../../support/database-digest';
import { memberInput } from '../../../../shared/support/member-fixture';
import { rawZip, type RawEntry } from '../../../../shared/support/raw-zip';
import { enrolledPair, exportFrom, ready, syncActor } from '../../../support/sync-pair';

/**
 * Forged and broken packages through the app's real import path (preview, as the 导入 button
 * runs it): every variant of a valid package is refused (or, for a package already imported,
 * reported as such) with a Chinese message, never crashes (a TypeError or RangeError would
 * escape preview, which turns only the app's own PackageError and SyncError into a refusal),
 * and leaves every table of the receiving database as it was.
 *
 * Reordered entries are refused too: a package has exactly one byte string (manifest,
 * signature, then the parts in the manifest's order), so a copy whose entries were moved,
 * and whose hash therefore differs, cannot be imported under another package hash.
 *
 * `npm test` runs a fixed-seed sample; `npm run test:fuzz` runs the full set.
 */
const FULL = process.env.npm_lifecycle_event === 'test:fuzz';
const RUNS = Number(process.env.FUZZ_RUNS ?? (FULL ? 2500 : 150));
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

type Target = 'central' | 'branch';
interface Fixture {
  db: Record<Target, LedgerDatabase>;
  /** The valid package each side would import next: a branch report at the central office, a return at the branch. */
  valid: Record<Target, Uint8Array>;
  /** Who signed it, so a changed manifest can be signed again and must then fail on its content. */
  signer: Record<Target, KeySet>;
  /** Whole packages that are valid files yet not for this PC. */
  wholes: Record<string, { target: Target; bytes: Uint8Array }>;
  bomb: { data: Uint8Array; size: number; crc: number };
}

let fx: Fixture;

beforeAll(async () => {
  const { central, branch, branchId } = await enrolledPair(freshDatabase);
  const members = createMemberRepository(branch, { actor: syncActor });
  const attachments = createAttachmentRepository(branch);
  // A JPEG by its signature, then bytes that differ per scan.
  const scan = (seed: number) => new Uint8Array(2000).map((_, i) => [0xff, 0xd8, 0xff][i] ?? (i * seed) & 0xff);
  const meeting = await createMeetingRepository(branch, { actor: syncActor }).save(branchId, crypto.randomUUID(), newMeetingContent('committeeMeeting', '2026-03-05', NATIONAL_RULE_SET.rules.meetings));
  await attachments.add(branchId, meeting.id, 'signInSheet', '签到表.jpg', scan(7));
  const first = await exportFrom(branch, (exporter) => exporter.branchReport());
  const importer = createPackageImporter(central);
  await importer.apply(ready(await importer.preview(first.bytes, first.fileName)));

  // What the next report carries: members and another scan, so it has changes and attachment parts.
  for (const name of ['张敏', '赵云', '孙丽']) await members.create(branchId, memberInput({ name }));
  await attachments.add(branchId, meeting.id, 'photo', '会议照片.jpg', scan(11));
  const report = await exportFrom(branch, (exporter) => exporter.branchReport());

  // And what the branch would import next: the central office's review, in a return with extras.
  await createReviewRepository(central, { actor: () => '组织科' }).review((await central.meetings.get(meeting.id))!, 'returned', '缺少签到表，请补充。', '组织科');
  const back = await exportFrom(central, (exporter) => exporter.centralReturn(branchId));

  const branchKeys = (await createKeysRepository(branch).ownKeys())!;
  const centralKeys = (await createKeysRepository(central).ownKeys())!;
  const body: PackageBody = (await decodePackage(report.bytes, { receiverId: (await central.installation.get('this-pc'))!.ownerId, receiverKeys: centralKeys, trustedKeys: await createKeysRepository(central).trustedKeys() })).body;
  const fields = { ...report.manifest, packageId: undefined };
  const otherCentral = await generateSigningAndEncryptionKeys();
  const stranger = await generateSigningAndEncryptionKeys();
  const zeros = new Uint8Array(16 * 1024 * 1024);
  fx = {
    db: { central, branch },
    valid: { central: report.bytes, branch: back.bytes },
    signer: { central: branchKeys, branch: centralKeys },
    wholes: {
      // Made for another central office (its id and keys): a good package, not for this PC.
      'another receiver': { target: 'central', bytes: await encodePackage(body, { manifestFields: { ...fields, receiverId: crypto.randomUUID() }, senderKeys: branchKeys, receiverPublicKeys: otherCentral.publicKeys }) },
      // The enrolled branch's id, signed by a key this PC does not trust for it.
      'unknown branch key': { target: 'central', bytes: await encodePackage(body, { manifestFields: fields, senderKeys: stranger, receiverPublicKeys: centralKeys.publicKeys }) },
      'older package replayed': { target: 'central', bytes: first.bytes },
      'branch report at the branch': { target: 'branch', bytes: report.bytes },
      'return at the central office': { target: 'central', bytes: back.bytes },
    },
    bomb: { data: deflateSync(zeros, { level: 9 }), size: zeros.length, crc: crc32(zeros) },
  };
  // The hand-made archive writer reproduces the package writer byte for byte, so what it
  // changes on purpose is the only thing wrong with the archives it makes.
  for (const bytes of Object.values(fx.valid)) expect(rawZip([...readZip(bytes)].map(([name, data]) => ({ name, data })))).toEqual(bytes);
}, 120_000);

// ------------------------------------------------------------------------ variants

const MANIFEST_FIELDS = [
  'formatVersion', 'schemaVersion', 'packageId', 'kind', 'senderId', 'senderName', 'receiverId', 'senderKeyId', 'receiverKeyId',
  'senderPublicKeys', 'seqFrom', 'seqTo', 'prevPackageHash', 'createdAt', 'createdHlc', 'counts', 'changeCount', 'attachmentCount', 'parts', 'wrappedKey',
] as const;

/** A value of another JSON type than the field's, so the change can never be a valid one. */
const wrongType = (original: unknown, pick: number): unknown => {
  const candidates: unknown[] =
    typeof original === 'string' ? [7, true, [], {}] : typeof original === 'number' ? ['1', false, [], {}, -1, original + 0.5] : original === null ? [5, true, 'f00'] : ['x', 3, true, null];
  return candidates[pick % candidates.length];
};

type Manifest = Record<string, unknown>;
const countsOf = (m: Manifest) => m.counts as Record<string, number>;
const partsOf = (m: Manifest) => m.parts as Record<string, unknown>[];

/** A change to the manifest that makes it wrong whoever signs it. */
const manifestBreak = fc.oneof(
  fc.record({ op: fc.constant('remove' as const), field: fc.constantFrom(...MANIFEST_FIELDS) }),
  fc.record({ op: fc.constant('wrong type' as const), field: fc.constantFrom(...MANIFEST_FIELDS), pick: fc.nat() }),
  fc.record({ op: fc.constant('unknown field' as const), name: fc.string({ minLength: 1, maxLength: 12 }).filter((name) => !(MANIFEST_FIELDS as readonly string[]).includes(name)), value: fc.jsonValue() }),
  fc.record({ op: fc.constant('counts wrong' as const), which: fc.nat(), delta: fc.integer({ min: -3, max: 5 }).filter((d) => d !== 0) }),
  fc.record({ op: fc.constant('count for an absent table' as const), table: fc.constantFrom('notices', 'duesBases', 'studyNotebooks', 'conflicts', 'x'), n: fc.integer({ min: 1, max: 9 }) }),
  // Counts and the sequence range that do not match the payload.
  fc.record({ op: fc.constant('number shifted' as const), field: fc.constantFrom('changeCount', 'attachmentCount', 'seqFrom', 'seqTo'), delta: fc.integer({ min: -5, max: 1000 }).filter((d) => d !== 0) }),
  fc.record({ op: fc.constant('unknown format version' as const), version: fc.oneof(fc.integer({ min: -3, max: 100_000 }).filter((v) => v !== 1), fc.constantFrom(1.5, '1', null)) }),
  fc.record({ op: fc.constant('schema too new' as const), ahead: fc.integer({ min: 1, max: 1000 }) }),
  // Another receiver, or another package id (the parts' encryption is bound to the real one).
  fc.record({ op: fc.constant('id replaced' as const), field: fc.constantFrom('receiverId', 'packageId'), id: fc.uuid() }),
  fc.record({ op: fc.constant('other receiver key' as const), keyId: fc.stringMatching(/^[0-9a-f]{32}$/) }),
  fc.record({ op: fc.constant('kind swapped' as const) }),
  fc.record({ op: fc.constant('part dropped from the list' as const), which: fc.nat() }),
  fc.record({ op: fc.constant('part field changed' as const), which: fc.nat(), field: fc.constantFrom('sha256', 'iv', 'bytes', 'plainBytes', 'kind', 'attachmentId', 'name'), pick: fc.nat() }),
);
type ManifestBreak = typeof manifestBreak extends fc.Arbitrary<infer T> ? T : never;

function breakManifest(m: Manifest, change: ManifestBreak): void {
  switch (change.op) {
    case 'remove':
      delete m[change.field];
      break;
    case 'wrong type':
      m[change.field] = wrongType(m[change.field], change.pick);
      break;
    case 'unknown field':
      m[change.name] = change.value;
      break;
    case 'counts wrong': {
      const tables = Object.keys(countsOf(m));
      const table = tables[change.which % tables.length]!;
      countsOf(m)[table] = countsOf(m)[table]! + change.delta;
      break;
    }
    case 'count for an absent table':
      if (change.table in countsOf(m)) countsOf(m)[change.table] = countsOf(m)[change.table]! + change.n;
      else countsOf(m)[change.table] = change.n;
      break;
    case 'number shifted':
      m[change.field] = (m[change.field] as number) + change.delta;
      break;
    case 'unknown format version':
      m.formatVersion = change.version;
      break;
    case 'schema too new':
      m.schemaVersion = CURRENT_SCHEMA_VERSION + change.ahead;
      break;
    case 'id replaced':
      m[change.field] = change.id;
      break;
    case 'other receiver key':
      m.receiverKeyId = change.keyId === m.receiverKeyId ? change.keyId.replace(/^./, (c) => (c === '0' ? '1' : '0')) : change.keyId;
      break;
    case 'kind swapped':
      m.kind = m.kind === 'branch-report' ? 'central-return' : 'branch-report';
      break;
    case 'part dropped from the list':
      partsOf(m).splice(change.which % partsOf(m).length, 1);
      break;
    case 'part field changed': {
      const part = partsOf(m)[change.which % partsOf(m).length]!;
      const value = part[change.field];
      if (change.field === 'sha256') part.sha256 = `${(value as string).slice(0, 63)}${(value as string).endsWith('0') ? '1' : '0'}`;
      else if (change.field === 'iv') part.iv = 'AAAAAAAAAAAAAAAA' === value ? 'AQEBAQEBAQEBAQEB' : 'AAAAAAAAAAAAAAAA';
      else if (change.field === 'attachmentId') part.attachmentId = value === undefined ? 'att-x' : `${String(value)}-x`;
      else if (change.field === 'name') part.name = `payload/changes-${String(9000 + (change.pick % 999)).padStart(4, '0')}.bin`;
      else part[change.field] = wrongType(value, change.pick);
      break;
    }
  }
}

const NASTY_NAMES = ['../evil.bin', '..\\evil.bin', 'payload/../../etc/passwd', '/etc/passwd', 'C:/Windows/x.dll', 'payload\\x.bin', 'Manifest.json', 'payload/./changes-0001.bin', 'payload//x', '', '.', 'payload/', '支部.bin', 'a b', 'payload/x\u0000.bin'];

const variant = fc.oneof(
  fc.record({ kind: fc.constant('byte flipped' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('truncated' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('bytes appended' as const), extra: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ kind: fc.constant('bytes inserted' as const), at: fc.nat(), extra: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('entries reordered' as const), keys: fc.array(fc.double({ noNaN: true }), { minLength: 16, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('entry duplicated' as const), which: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('path traversal name' as const), name: fc.oneof(fc.constantFrom(...NASTY_NAMES), fc.string().map((s) => `../${s}`)), replace: fc.boolean(), which: fc.nat() }),
  fc.record({ kind: fc.constant('zip bomb' as const), how: fc.constantFrom('deflated entry', 'whole archive deflated', 'entry count 65535', 'package inside a package'), which: fc.nat() }),
  fc.record({ kind: fc.constant('huge declared size' as const), which: fc.nat(), size: fc.integer({ min: PACKAGE_LIMITS.maxPartBytes + 1, max: 0xffffffff }) }),
  fc.record({ kind: fc.constant('manifest changed, signature kept' as const), field: fc.constantFrom(...MANIFEST_FIELDS), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ kind: fc.constant('manifest broken and signed again' as const), change: manifestBreak }),
  fc.record({ kind: fc.constant('whole package' as const), which: fc.constantFrom('another receiver', 'unknown branch key', 'older package replayed', 'branch report at the branch', 'return at the central office') }),
  fc.record({ kind: fc.constant('parts swapped' as const), a: fc.nat(), b: fc.nat() }),
);
type Variant = typeof variant extends fc.Arbitrary<infer T> ? T : never;
const CATEGORIES = 13;

const entriesOf = (bytes: Uint8Array): RawEntry[] => [...readZip(bytes)].map(([name, data]) => ({ name, data }));
const rezip = (entries: readonly RawEntry[]) => writeZip(entries.map((entry) => [entry.name, entry.data] as const));

async function signedAgain(bytes: Uint8Array, signer: KeySet, edit: (manifest: Manifest) => void): Promise<Uint8Array> {
  const entries = readZip(bytes);
  const manifest = JSON.parse(new TextDecoder().decode(entries.get(MANIFEST_FILE))) as Manifest;
  edit(manifest);
  const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest, null, 2));
  entries.set(MANIFEST_FILE, manifestBytes);
  entries.set(SIGNATURE_FILE, await signManifest(manifestBytes, signer.signingPrivateKey));
  return writeZip([...entries]);
}

/** The bytes of a variant, and the PC that is given them. */
async function build(v: Variant, base: Target): Promise<{ target: Target; bytes: Uint8Array }> {
  const valid = fx.valid[base];
  const entries = entriesOf(valid);
  const pick = (n: number) => n % entries.length;
  const at = (n: number) => n % valid.length;
  switch (v.kind) {
    case 'byte flipped': {
      const bytes = valid.slice();
      bytes[at(v.at)]! ^= v.mask;
      return { target: base, bytes };
    }
    case 'truncated':
      return { target: base, bytes: valid.slice(0, at(v.at)) };
    case 'bytes appended':
      return { target: base, bytes: new Uint8Array([...valid, ...v.extra]) };
    case 'bytes inserted':
      return { target: base, bytes: new Uint8Array([...valid.subarray(0, at(v.at)), ...v.extra, ...valid.subarray(at(v.at))]) };
    case 'entries reordered': {
      let order = entries.map((entry, i) => ({ entry, key: v.keys[i % v.keys.length]! + i * 1e-9 })).sort((a, b) => a.key - b.key).map((each) => each.entry);
      if (order.every((entry, i) => entry === entries[i])) order = [order[1]!, order[0]!, ...order.slice(2)];
      return { target: base, bytes: rezip(order) };
    }
    case 'entry duplicated': {
      const copy = [...entries];
      copy.splice(v.to % (copy.length + 1), 0, entries[pick(v.which)]!);
      return { target: base, bytes: rawZip(copy) };
    }
    case 'path traversal name': {
      const copy = [...entries];
      if (v.replace) copy[pick(v.which)] = { ...copy[pick(v.which)]!, name: v.name };
      else copy.splice(pick(v.which), 0, { name: v.name, data: new Uint8Array([1, 2, 3]) });
      return { target: base, bytes: rawZip(copy) };
    }
    case 'zip bomb': {
      if (v.how === 'deflated entry') {
        const copy = [...entries];
        copy[pick(v.which)] = { name: copy[pick(v.which)]!.name, data: fx.bomb.data, method: 8, crc: fx.bomb.crc, declaredSize: fx.bomb.size };
        return { target: base, bytes: rawZip(copy) };
      }
      if (v.how === 'whole archive deflated') {
        return { target: base, bytes: zipSync(Object.fromEntries(entries.map((entry) => [entry.name, [entry.data, { level: 9, mtime: new Date(1980, 0, 1) }]]))) };
      }
      if (v.how === 'entry count 65535') return { target: base, bytes: rawZip(entries, { declaredCount: 65535 }) };
      return { target: base, bytes: rawZip([{ name: 'payload/changes-0001.bin', data: valid }]) };
    }
    case 'huge declared size': {
      const copy = [...entries];
      copy[pick(v.which)] = { ...copy[pick(v.which)]!, declaredSize: v.size };
      return { target: base, bytes: rawZip(copy) };
    }
    case 'manifest changed, signature kept': {
      const map = readZip(valid);
      const manifest = JSON.parse(new TextDecoder().decode(map.get(MANIFEST_FILE))) as Manifest;
      const before = JSON.stringify(manifest);
      manifest[v.field] = v.value;
      if (JSON.stringify(manifest) === before) delete manifest[v.field];
      map.set(MANIFEST_FILE, new TextEncoder().encode(JSON.stringify(manifest, null, 2)));
      return { target: base, bytes: writeZip([...map]) };
    }
    case 'manifest broken and signed again':
      return { target: base, bytes: await signedAgain(valid, fx.signer[base], (manifest) => breakManifest(manifest, v.change)) };
    case 'whole package':
      return fx.wholes[v.which]!;
    case 'parts swapped': {
      const parts = entries.map((entry, i) => ({ entry, i })).filter(({ entry }) => entry.name.startsWith('payload/'));
      const a = parts[v.a % parts.length]!;
      let b = parts[v.b % parts.length]!;
      if (b === a) b = parts[(v.b + 1) % parts.length]!;
      const copy = [...entries];
      copy[a.i] = { name: a.entry.name, data: b.entry.data };
      copy[b.i] = { name: b.entry.name, data: a.entry.data };
      return { target: base, bytes: rezip(copy) };
    }
  }
}

const CHINESE_FIRST = /^[\u4e00-\u9fff]/;

function refusal(preview: ImportPreview): string {
  if (preview.status !== 'refused' && preview.status !== 'replay') {
    throw new Error(`not refused: ${preview.status}${'message' in preview ? ` (${preview.message})` : ''}`);
  }
  return preview.message;
}

describe('forged and broken packages at import', () => {
  it(`refuses every variant of a valid package in Chinese, and changes no table (${RUNS} cases, seed ${SEED})`, async () => {
    const importers = { central: createPackageImporter(fx.db.central), branch: createPackageImporter(fx.db.branch) };
    const before = { central: await digestDatabase(fx.db.central), branch: await digestDatabase(fx.db.branch) };
    const seen = new Map<string, number>();
    const codes = new Map<string, number>();

    await fc.assert(
      fc.asyncProperty(variant, fc.constantFrom<Target>('central', 'branch'), async (v, base) => {
        const { target, bytes } = await build(v, base);
        const message = refusal(await importers[target].preview(bytes, '报送包.zbpkg'));
        expect(message, v.kind).toMatch(CHINESE_FIRST);
        expect(message).not.toMatch(/undefined|NaN|\[object|Error/);
        expect(await digestDatabase(fx.db[target]), `${v.kind}: ${target} database changed`).toEqual(before[target]);
        seen.set(v.kind, (seen.get(v.kind) ?? 0) + 1);
        codes.set(message.replace(/（.*$/, ''), (codes.get(message.replace(/（.*$/, '')) ?? 0) + 1);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );

    expect(seen.size, `categories seen: ${[...seen.keys()].join(', ')}`).toBe(CATEGORIES);
    console.info(`fuzz: ${RUNS} variants, seed ${SEED}\n  by kind: ${[...seen].map(([k, n]) => `${k} ${n}`).join('; ')}\n  by message: ${[...codes].map(([k, n]) => `${k} ${n}`).join('; ')}`);
  }, 180_000);

  it('names the reason of each whole-package refusal, and of the two the fuzzing found', async () => {
    const expected: Record<string, RegExp> = {
      'another receiver': /^此数据包不是发给本单位的/,
      'unknown branch key': /^数据包的签名密钥不在信任列表中/,
      'older package replayed': new RegExp(`^${ALREADY_IMPORTED}$`),
      'branch report at the branch': /^这是支部的报送包，应在院党委组织科的电脑上导入/,
      'return at the central office': /^这是院党委下发的回执，应在支部的电脑上导入/,
    };
    const cases: Array<[string, Target, Uint8Array, RegExp]> = Object.entries(fx.wholes).map(([name, { target, bytes }]) => [name, target, bytes, expected[name]!]);
    const entries = entriesOf(fx.valid.central);
    cases.push(['entries reordered', 'central', rezip([entries[1]!, entries[0]!, ...entries.slice(2)]), /文件顺序与清单不符/]);
    const renamed = await signedAgain(fx.valid.central, fx.signer.central, (manifest) => {
      const part = partsOf(manifest).find((each) => each.kind === 'attachment')!;
      part.attachmentId = `${String(part.attachmentId)}-x`;
    });
    cases.push(['attachment id changed and signed again', 'central', renamed, /^数据包中的附件与记录不符，已拒绝。（附件 .+ 没有对应的记录）/]);
    for (const [name, target, bytes, message] of cases) {
      const before = await digestDatabase(fx.db[target]);
      expect(refusal(await createPackageImporter(fx.db[target]).preview(bytes, '报送包.zbpkg')), name).toMatch(message);
      expect(await digestDatabase(fx.db[target]), name).toEqual(before);
    }
  });

  it('still imports the unchanged packages afterwards (the harness does not refuse everything), then calls them already imported', async () => {
    for (const target of ['central', 'branch'] as const) {
      const importer = createPackageImporter(fx.db[target]);
      const before = await digestDatabase(fx.db[target]);
      const result = await importer.apply(ready(await importer.preview(fx.valid[target], '报送包.zbpkg')));
      expect(result.status).toBe('imported');
      expect((await digestDatabase(fx.db[target])).sha256).not.toBe(before.sha256);
      expect(await importer.preview(fx.valid[target], '报送包.zbpkg')).toMatchObject({ status: 'replay', message: ALREADY_IMPORTED });
    }
  }, 60_000);
});
