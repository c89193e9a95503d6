// Writes the published test vectors of the sync format (docs/test-vectors/): run once, by hand,
// when the format changes (it makes a new version, so old vectors stay as they are):
//   node build/scripts/run-ts.mjs test/support/write-sync-vectors.ts
// The demo keys are made once and kept; each package is written by the app's own encoder with
// recorded randomness, so test/unit/shared/sync/test-vectors.test.ts can reproduce it.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { sha256Hex } from '../../shared/hash';
import { NATIONAL_RULE_SET } from '../../shared/rules/national-rule-set';
import { demoIdentity } from '../../shared/sync/cli/identity-file';
import { fromBase64, toBase64 } from '../../shared/sync/bytes';
import { encodeHlc } from '../../shared/sync/hlc';
import { generateSigningAndEncryptionKeys } from '../../shared/sync/keys';
import { decodePackage } from '../../shared/sync/package-decode';
import { encodePackage } from '../../shared/sync/package-encode';
import { readZip } from '../../shared/sync/zip';
import type { ManifestFields, PackageBody, SyncChange } from '../../shared/sync/types';
import { VECTOR_ROOT, recordingEntropy, vectorKeys, type VectorExpectation } from './sync-vectors';
import { decryptPart, signManifest, unwrapPackageKey } from '../../shared/sync/package-crypto';

const CENTRAL = { id: '6f1d2a60-3c1b-4a57-9d2e-0c5a1e7b9f10', name: '某某医院党委组织科', file: 'central' };
const BRANCH = { id: '2b8e4c1a-7d3f-4e96-a0b5-93c1f6d2e847', name: '内科第一党支部', file: 'branch' };
const T0 = Date.UTC(2026, 2, 2, 1, 30, 0); // 2026-03-02 09:30 Beijing time
const SCHEMA_VERSION = 7;

async function ensureKeys(): Promise<void> {
  mkdirSync(new URL('keys/', VECTOR_ROOT), { recursive: true });
  for (const party of [CENTRAL, BRANCH]) {
    const file = new URL(`keys/${party.file}.identity.json`, VECTOR_ROOT);
    if (existsSync(file)) continue;
    const identity = await demoIdentity(party.id, party.name, await generateSigningAndEncryptionKeys());
    writeFileSync(file, `${JSON.stringify(identity, null, 2)}\n`);
  }
}

const hlc = (seconds: number, node: string) => encodeHlc({ wallMs: T0 + seconds * 1000, counter: 0, node });
const instant = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

function change(seq: number, table: string, record: Record<string, unknown>, node = BRANCH.id): SyncChange {
  const fields = Object.keys(record).filter((field) => field !== 'id' && field !== 'branchId');
  return { table, id: String(record.id), hlc: hlc(seq * 60, node), origin: node, seq, baseHlc: null, changedFields: fields, record };
}

function member(seq: number, id: string, name: string, extra: Record<string, unknown> = {}): SyncChange {
  const at = instant(seq * 60);
  return change(seq, 'members', { id, branchId: BRANCH.id, name, gender: '女', category: 'full', department: '心血管内科', createdAt: at, updatedAt: at, deleted: false, ...extra });
}

interface VectorDefinition {
  name: string;
  description: string;
  from: typeof CENTRAL;
  to: typeof CENTRAL;
  fields: Omit<ManifestFields, 'senderId' | 'senderName' | 'receiverId' | 'schemaVersion'>;
  body: () => Promise<PackageBody>;
  chunkBytes: number;
}

const ATTACHMENT = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new TextEncoder().encode('签到表（演示）')]);

const VECTORS: VectorDefinition[] = [
  {
    name: '01-empty-report',
    description: 'A branch report with nothing to send: no changes, no parts, seqFrom = seqTo + 1.',
    from: BRANCH,
    to: CENTRAL,
    fields: { kind: 'branch-report', packageId: '0b6f3a52-1c9e-4d27-8f40-5e2a9c7d1b01', seqFrom: 1, seqTo: 0, prevPackageHash: null, createdAt: instant(0), createdHlc: hlc(0, BRANCH.id) },
    body: async () => ({ changes: [], attachments: [] }),
    chunkBytes: 256 * 1024,
  },
  {
    name: '02-multi-chunk-report',
    description: 'A branch report whose NDJSON is cut into 64-byte chunks, so lines and Chinese characters are split across parts.',
    from: BRANCH,
    to: CENTRAL,
    fields: { kind: 'branch-report', packageId: '0b6f3a52-1c9e-4d27-8f40-5e2a9c7d1b02', seqFrom: 1, seqTo: 3, prevPackageHash: null, createdAt: instant(300), createdHlc: hlc(300, BRANCH.id) },
    body: async () => ({
      changes: [
        member(1, '9a1c0e52-51d4-4b7e-8c31-0d7f2e6a4b11', '王红梅', { post: '护士长' }),
        member(2, '9a1c0e52-51d4-4b7e-8c31-0d7f2e6a4b12', '李建国', { gender: '男', post: '主任医师' }),
        member(3, '9a1c0e52-51d4-4b7e-8c31-0d7f2e6a4b13', '张晓燕', { post: '主治医师', note: '“三会一课”按时参加，学习笔记认真。' }),
      ],
      attachments: [],
    }),
    chunkBytes: 64,
  },
  {
    name: '03-report-with-attachment',
    description: "A branch report with one attachment: its bytes in an attachment part, its record (size, SHA-256) among the changes.",
    from: BRANCH,
    to: CENTRAL,
    fields: { kind: 'branch-report', packageId: '0b6f3a52-1c9e-4d27-8f40-5e2a9c7d1b03', seqFrom: 4, seqTo: 4, prevPackageHash: null, createdAt: instant(600), createdHlc: hlc(600, BRANCH.id) },
    body: async () => {
      const id = 'c4d2e6f8-0a1b-4c3d-9e5f-7a8b9c0d1e23';
      const record = { id, branchId: BRANCH.id, meetingId: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a56', kind: 'sign-in', fileName: '签到表.png', mimeType: 'image/png', size: ATTACHMENT.length, sha256: await sha256Hex(ATTACHMENT), createdAt: instant(240), updatedAt: instant(240), deleted: false };
      return { changes: [change(4, 'attachments', record)], attachments: [{ id, bytes: ATTACHMENT }] };
    },
    chunkBytes: 256 * 1024,
  },
  {
    name: '04-central-return-with-extras',
    description: 'A central return: one meeting review as a change, and extras with the acknowledgement of vector 02 and the rule set.',
    from: CENTRAL,
    to: BRANCH,
    fields: { kind: 'central-return', packageId: '0b6f3a52-1c9e-4d27-8f40-5e2a9c7d1b04', seqFrom: 1, seqTo: 1, prevPackageHash: null, createdAt: instant(900), createdHlc: hlc(900, CENTRAL.id) },
    body: async () => {
      const at = instant(840);
      const review = { id: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a56', branchId: BRANCH.id, meetingId: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a56', verdict: 'returned', opinion: '请补充缺席党员的补课记录。', reviewer: '组织科', reviewedAt: at, createdAt: at, updatedAt: at, deleted: false };
      return {
        changes: [change(1, 'meetingReviews', review, CENTRAL.id)],
        attachments: [],
        acknowledgement: { upToSeq: 3, counts: { members: 3 }, packageId: '0b6f3a52-1c9e-4d27-8f40-5e2a9c7d1b02' },
        ruleSet: NATIONAL_RULE_SET,
      };
    },
    chunkBytes: 256 * 1024,
  },
];

async function writeVector(definition: VectorDefinition): Promise<void> {
  const senderKeys = await vectorKeys(definition.from.file);
  const receiverKeys = await vectorKeys(definition.to.file);
  const body = await definition.body();
  const entropy = recordingEntropy();
  let signature = '';
  const bytes = await encodePackage(body, {
    manifestFields: { ...definition.fields, senderId: definition.from.id, senderName: definition.from.name, receiverId: definition.to.id, schemaVersion: SCHEMA_VERSION },
    senderKeys,
    receiverPublicKeys: receiverKeys.publicKeys,
    chunkBytes: definition.chunkBytes,
    entropy,
    signManifest: async (manifestBytes) => {
      const made = await signManifest(manifestBytes, senderKeys.signingPrivateKey);
      signature = toBase64(made);
      return made;
    },
  });
  const decoded = await decodePackage(bytes, {
    receiverId: definition.to.id,
    receiverKeys,
    trustedKeys: [{ partyId: definition.from.id, publicKeys: senderKeys.publicKeys }],
    expectedKind: definition.fields.kind,
  });
  const { manifest } = decoded;
  const packageKeyRaw = entropy.recorded[0]!;
  const key = await unwrapPackageKey(manifest.wrappedKey, receiverKeys.encryptionPrivateKey, manifest.packageId, manifest.receiverKeyId);
  const entries = readZip(bytes);
  const parts = [];
  for (const part of manifest.parts) {
    const plaintext = await decryptPart(key!, manifest.packageId, part.name, fromBase64(part.iv)!, entries.get(part.name)!);
    parts.push({ name: part.name, additionalData: `zbpkg-part-v1\n${manifest.packageId}\n${part.name}`, plaintext: toBase64(plaintext!) });
  }
  const expected: VectorExpectation = {
    description: definition.description,
    sender: definition.from.file,
    receiver: definition.to.file,
    expectedKind: definition.fields.kind,
    packageHash: decoded.packageHash,
    manifest,
    packageKey: packageKeyRaw,
    parts,
    changes: decoded.body.changes,
    attachments: decoded.body.attachments.map((attachment) => ({ id: attachment.id, bytes: toBase64(attachment.bytes) })),
    ...(decoded.body.acknowledgement ? { acknowledgement: decoded.body.acknowledgement } : {}),
    ...(decoded.body.ruleSet !== undefined ? { ruleSet: decoded.body.ruleSet } : {}),
    writerInputs: { chunkBytes: definition.chunkBytes, randomBytes: entropy.recorded, ephemeralPrivateKey: entropy.ephemeral!, signature },
  };
  const folder = new URL(`${definition.name}/`, VECTOR_ROOT);
  mkdirSync(folder, { recursive: true });
  writeFileSync(new URL('package.zbpkg', folder), bytes);
  writeFileSync(new URL('expected.json', folder), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`${definition.name}: ${bytes.length} bytes, ${manifest.parts.length} parts, SHA-256 ${decoded.packageHash}`);
}

await ensureKeys();
for (const definition of VECTORS) await writeVector(definition);
