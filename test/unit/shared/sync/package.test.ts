import { describe, expect, it } from 'vitest';
import { decodePackage, inspectManifest } from '../../../../shared/sync/package-decode';
import { PackageError } from '../../../../shared/sync/errors';
import { attachmentWithRecord, branchReport, centralDecodeOptions, memberChange, reportFields } from '../support/sync-fixture';

async function refusal(promise: Promise<unknown>): Promise<PackageError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PackageError);
  return error as PackageError;
}

describe('package round trip', () => {
  it('decodes what it encodes: changes split across chunks mid-character, attachments, manifest', async () => {
    const changes = [1, 2, 3, 4, 5].map((seq) => memberChange(seq, { note: '支部委员会会议记录：学习贯彻党的二十大精神'.repeat(seq) }));
    changes.push(memberChange(6, { deleted: true }, { changedFields: ['deleted'], id: 'm-1', baseHlc: changes[0]!.hlc }));
    const withRecord = await attachmentWithRecord(6, 'att-1', new Uint8Array([0x25, 0x50, 0x44, 0x46, 1, 2, 3]));
    changes.push(withRecord.change);
    const attachments = [withRecord.attachment];
    // 7-byte chunks: every 3-byte Chinese character lands across a chunk boundary somewhere.
    const bytes = await branchReport({ changes, attachments }, reportFields(1, 6), { chunkBytes: 7 });
    const decoded = await decodePackage(bytes, await centralDecodeOptions());
    expect(decoded.body.changes).toEqual(changes);
    expect(decoded.body.attachments).toEqual(attachments);
    expect(decoded.manifest.counts).toEqual({ members: 6, attachments: 1 });
    expect(decoded.manifest.parts.filter((part) => part.kind === 'changes').length).toBeGreaterThan(100);
    expect(decoded.packageHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await inspectManifest(bytes)).toEqual(decoded.manifest);
  });

  it('refuses a package for another receiver', async () => {
    const bytes = await branchReport({ changes: [memberChange(1)], attachments: [] }, reportFields(1, 1));
    const error = await refusal(decodePackage(bytes, await centralDecodeOptions({ receiverId: 'central-2' })));
    expect(error.code).toBe('wrong-receiver');
  });

  it('refuses a package signed by a key it does not trust', async () => {
    const bytes = await branchReport({ changes: [memberChange(1)], attachments: [] }, reportFields(1, 1));
    const error = await refusal(decodePackage(bytes, await centralDecodeOptions({ trustedKeys: [] })));
    expect(error.code).toBe('unknown-sender-key');
    expect(error.message).toContain('信任');
  });
});
