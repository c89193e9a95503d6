import { beforeAll, describe, expect, it } from 'vitest';
import type { PackageErrorCode, PackageManifest } from '../../../../shared/sync/types';
import { BRANCH, attachmentWithRecord, branchReport, decodeOutcome, hlcAt, memberChange, reportFields, syncParties, withManifest } from '../support/sync-fixture';

type Manifest = Record<string, unknown> & PackageManifest;
type Mutation = [what: string, change: (m: Manifest) => void, code: PackageErrorCode];

let valid: Uint8Array;

beforeAll(async () => {
  const { change, attachment } = await attachmentWithRecord(2, 'att-1', new Uint8Array([1, 2, 3]));
  const changes = [memberChange(1), memberChange(2), memberChange(2, {}, { id: 'm-3' }), change];
  valid = await branchReport({ changes, attachments: [attachment] }, reportFields(1, 2));
});


const partOf = (m: Manifest, kind: string) => m.parts.find((part) => part.kind === kind)!;

/** At least one wrong value per manifest field, each refused with the code that names what is wrong. */
const MUTATIONS: Record<keyof PackageManifest, Mutation[]> = {
  formatVersion: [
    ['newer', (m) => (m.formatVersion = 2), 'format-too-new'],
    ['older than readable', (m) => (m.formatVersion = 0), 'format-too-old'],
    ['text', (m) => ((m as Record<string, unknown>).formatVersion = '1'), 'manifest-invalid'],
  ],
  schemaVersion: [['zero', (m) => (m.schemaVersion = 0), 'manifest-invalid']],
  packageId: [
    ['not a UUID', (m) => (m.packageId = 'package-1'), 'manifest-invalid'],
    ['another UUID (parts are bound to the id)', (m) => (m.packageId = '00000000-0000-4000-8000-000000000000'), 'decrypt-failed'],
  ],
  kind: [['unknown', (m) => ((m as Record<string, unknown>).kind = 'report'), 'manifest-invalid']],
  senderId: [
    ['another branch (the key is trusted for this one only)', (m) => (m.senderId = 'branch-2'), 'manifest-invalid'],
    ['empty', (m) => (m.senderId = ''), 'manifest-invalid'],
  ],
  senderName: [['empty', (m) => (m.senderName = ' '), 'manifest-invalid']],
  receiverId: [['another receiver', (m) => (m.receiverId = 'central-2'), 'wrong-receiver']],
  senderKeyId: [['not matching the sender keys', (m) => (m.senderKeyId = '0'.repeat(32)), 'manifest-invalid']],
  receiverKeyId: [
    ['another key', (m) => (m.receiverKeyId = 'f'.repeat(32)), 'wrong-receiver'],
    ['not hex', (m) => (m.receiverKeyId = 'key'), 'manifest-invalid'],
  ],
  senderPublicKeys: [['keys of another id', (m) => (m.senderPublicKeys = { ...m.senderPublicKeys, keyId: '1'.repeat(32) }), 'manifest-invalid']],
  seqFrom: [
    ['zero', (m) => (m.seqFrom = 0), 'manifest-invalid'],
    ['after the first change', (m) => (m.seqFrom = 2), 'sequence-invalid'],
  ],
  seqTo: [
    ['beyond the last change', (m) => (m.seqTo = 5), 'sequence-invalid'],
    ['before seqFrom - 1', (m) => (m.seqTo = -1), 'manifest-invalid'],
    ['an empty range with changes', (m) => (m.seqTo = 0), 'sequence-invalid'],
  ],
  prevPackageHash: [['not a SHA-256', (m) => (m.prevPackageHash = 'abc'), 'manifest-invalid']],
  createdAt: [['not an instant', (m) => (m.createdAt = '2026年3月1日'), 'manifest-invalid']],
  createdHlc: [
    ['of another node', (m) => (m.createdHlc = hlcAt(0, 'branch-2')), 'manifest-invalid'],
    ['not a stamp', (m) => (m.createdHlc = '2026-03-01'), 'manifest-invalid'],
  ],
  counts: [
    ['a wrong count', (m) => (m.counts = { members: 4 }), 'count-mismatch'],
    ['a table not in the payload', (m) => (m.counts = { members: 3, meetings: 1 }), 'count-mismatch'],
    ['a zero count', (m) => (m.counts = { members: 3, meetings: 0 }), 'manifest-invalid'],
  ],
  changeCount: [['wrong', (m) => (m.changeCount = 2), 'count-mismatch']],
  attachmentCount: [['wrong', (m) => (m.attachmentCount = 0), 'count-mismatch']],
  parts: [
    ['a part left out (its entry is still there)', (m) => m.parts.pop(), 'unsafe-archive'],
    ['a wrong hash', (m) => (partOf(m, 'changes').sha256 = '0'.repeat(64)), 'part-hash-mismatch'],
    ['a wrong length', (m) => ((partOf(m, 'changes').bytes += 1), (partOf(m, 'changes').plainBytes += 1)), 'part-hash-mismatch'],
    ['a plain length that does not fit', (m) => (partOf(m, 'changes').plainBytes += 1), 'manifest-invalid'],
    ['another nonce', (m) => (partOf(m, 'attachment').iv = 'AAAAAAAAAAAAAAAA'), 'decrypt-failed'],
    ['an attachment id on a changes part', (m) => (partOf(m, 'changes').attachmentId = 'x'), 'manifest-invalid'],
    ['a name outside payload/', (m) => (partOf(m, 'changes').name = 'changes-0001.bin'), 'manifest-invalid'],
    ['an unknown kind', (m) => ((partOf(m, 'changes') as { kind: string }).kind = 'script'), 'manifest-invalid'],
  ],
  wrappedKey: [
    ['another wrapped key', (m) => (m.wrappedKey.wrappedKey = 'A'.repeat(64)), 'decrypt-failed'],
    ['another salt', (m) => (m.wrappedKey.salt = `${'A'.repeat(22)}==`), 'decrypt-failed'],
    ['a short nonce', (m) => (m.wrappedKey.iv = 'AAAA'), 'manifest-invalid'],
    ['a key that is not P-256', (m) => (m.wrappedKey.ephemeralPublicKey = { ...m.wrappedKey.ephemeralPublicKey, crv: 'P-384' } as never), 'manifest-invalid'],
  ],
};

describe('every manifest field is checked', () => {
  it('accepts the unchanged package (so every refusal below is the mutation’s doing)', async () => {
    expect(await decodeOutcome(valid)).toBe('accepted');
    expect(await decodeOutcome(await withManifest(valid, () => {}))).toBe('accepted');
  });

  it('has mutations for every field the manifest has', async () => {
    const manifest = JSON.parse(new TextDecoder().decode((await import('../../../../shared/sync/zip')).readZip(valid).get('manifest.json'))) as object;
    expect(Object.keys(MUTATIONS).sort()).toEqual(Object.keys(manifest).sort());
  });

  for (const [field, mutations] of Object.entries(MUTATIONS)) {
    it(`refuses a missing or wrong ${field}`, async () => {
      const missing = await withManifest(valid, (m) => delete m[field]);
      expect(await decodeOutcome(missing)).toBe('manifest-invalid');
      for (const [what, change, code] of mutations) {
        expect({ what, code: await decodeOutcome(await withManifest(valid, (m) => change(m as Manifest))) }).toEqual({ what, code });
      }
    });
  }

  it('refuses an unknown field (v1 has no room for them)', async () => {
    expect(await decodeOutcome(await withManifest(valid, (m) => (m.comment = '备注')))).toBe('manifest-invalid');
  });

  it('refuses a schema newer than the receiver’s and a kind the receiver does not take', async () => {
    expect(await decodeOutcome(valid, { maxSchemaVersion: 2 })).toBe('schema-too-new');
    expect(await decodeOutcome(valid, { maxSchemaVersion: 3 })).toBe('accepted');
    expect(await decodeOutcome(valid, { expectedKind: 'central-return' })).toBe('manifest-invalid');
  });

  it('refuses a branch key speaking for another branch, even when that branch is trusted too', async () => {
    const { branch, other } = await syncParties();
    const renamed = await withManifest(valid, (m) => {
      m.senderId = 'branch-2';
      m.createdHlc = hlcAt(0, 'branch-2');
    });
    const trustedKeys = [
      { partyId: BRANCH, publicKeys: branch.publicKeys },
      { partyId: 'branch-2', publicKeys: other.publicKeys },
    ];
    expect(await decodeOutcome(renamed, { trustedKeys })).toBe('unknown-sender-key');
  });
});
