import { describe, expect, it } from 'vitest';
import { PackageError } from '../../../../shared/sync/errors';
import { encodePackage } from '../../../../shared/sync/package-encode';
import type { ManifestFields, PackageBody, PackageErrorCode } from '../../../../shared/sync/types';
import { BRANCH, CENTRAL, branchReport, decodeOutcome, hlcAt, memberChange, reportFields, syncParties } from '../support/sync-fixture';

/** What encoding says: 'written' with the bytes, or the refusal's code. */
async function encodeOutcome(body: PackageBody, fields: ManifestFields): Promise<PackageErrorCode | 'written'> {
  try {
    await branchReport(body, fields);
    return 'written';
  } catch (error) {
    if (error instanceof PackageError) return error.code;
    throw error;
  }
}

const twoWrites = (): PackageBody => ({ changes: [memberChange(1), memberChange(2)], attachments: [] });

describe('the encoder refuses to write what the decoder would refuse', () => {
  it('writes a valid package, which the decoder accepts (so each refusal below is the fault’s doing)', async () => {
    expect(await encodeOutcome(twoWrites(), reportFields(1, 2))).toBe('written');
    expect(await decodeOutcome(await branchReport(twoWrites(), reportFields(1, 2)))).toBe('accepted');
    expect(await encodeOutcome({ changes: [], attachments: [] }, reportFields(3, 2))).toBe('written');
  });

  it.each<[string, Partial<ManifestFields>, PackageErrorCode]>([
    ['a range starting at 0', { seqFrom: 0 }, 'manifest-invalid'],
    ['a range starting after its first change', { seqFrom: 2 }, 'sequence-invalid'],
    ['a range ending past its last change', { seqTo: 3 }, 'sequence-invalid'],
    ['an empty range for two changes', { seqFrom: 3, seqTo: 2 }, 'sequence-invalid'],
    ['a range ending before it starts', { seqFrom: 3, seqTo: 1 }, 'manifest-invalid'],
    ['a clock stamp of another node', { createdHlc: hlcAt(0, 'branch-2') }, 'manifest-invalid'],
    ['a creation time that is not an instant', { createdAt: '2026年3月1日' }, 'manifest-invalid'],
    ['a predecessor hash that is not SHA-256', { prevPackageHash: 'abc' }, 'manifest-invalid'],
    ['schema version 0', { schemaVersion: 0 }, 'manifest-invalid'],
    ['a package id that is not a UUID', { packageId: 'package-1' }, 'manifest-invalid'],
    ['itself as the receiver', { receiverId: BRANCH }, 'manifest-invalid'],
    ['an empty sender name', { senderName: ' ' }, 'manifest-invalid'],
  ])('refuses %s', async (_what, fields, code) => {
    const from = fields.seqFrom ?? 1;
    expect(await encodeOutcome(twoWrites(), reportFields(from, fields.seqTo ?? 2, fields))).toBe(code);
  });

  it('refuses changes out of order, from another origin, or two attachments of one id', async () => {
    expect(await encodeOutcome({ changes: [memberChange(2), memberChange(1)], attachments: [] }, reportFields(1, 2))).toBe('sequence-invalid');
    expect(await encodeOutcome({ changes: [memberChange(1, {}, { origin: 'branch-2' })], attachments: [] }, reportFields(1, 1))).toBe('payload-invalid');
    const bytes = new Uint8Array([1, 2, 3]);
    const twice = { changes: [memberChange(1)], attachments: [{ id: 'att-1', bytes }, { id: 'att-1', bytes }] };
    expect(await encodeOutcome(twice, reportFields(1, 1))).toBe('payload-invalid');
  });

  it('refuses an acknowledgement or rule set in a branch report, and a malformed acknowledgement in a return', async () => {
    const acknowledgement = { upToSeq: 2, counts: { members: 2 }, packageId: null };
    expect(await encodeOutcome({ ...twoWrites(), acknowledgement }, reportFields(1, 2))).toBe('payload-invalid');
    expect(await encodeOutcome({ ...twoWrites(), ruleSet: { id: 'r' } }, reportFields(1, 2))).toBe('payload-invalid');

    const { branch, central } = await syncParties();
    const back = (ack: unknown) =>
      encodePackage(
        { changes: [], attachments: [], acknowledgement: ack as typeof acknowledgement },
        {
          manifestFields: { ...reportFields(1, 0), kind: 'central-return', senderId: CENTRAL, senderName: '院党委', receiverId: BRANCH, createdHlc: hlcAt(0, CENTRAL) },
          senderKeys: central,
          receiverPublicKeys: branch.publicKeys,
        },
      );
    await expect(back(acknowledgement)).resolves.toBeInstanceOf(Uint8Array);
    await expect(back({ ...acknowledgement, upToSeq: -1 })).rejects.toMatchObject({ code: 'payload-invalid' });
    await expect(back({ ...acknowledgement, counts: { members: 1.5 } })).rejects.toMatchObject({ code: 'payload-invalid' });
  });
});
