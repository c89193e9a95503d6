import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../shared/hash';
import { fromBase64, toBase64 } from '../../../../shared/sync/bytes';
import { loadKeyFile } from '../../../../shared/sync/cli/identity-file';
import { decodePackage } from '../../../../shared/sync/package-decode';
import { encodePackage } from '../../../../shared/sync/package-encode';
import { decryptPart, unwrapPackageKey } from '../../../../shared/sync/package-crypto';
import { subtle } from '../../../../shared/sync/subtle';
import { readZip } from '../../../../shared/sync/zip';
import { readVector, recordedEntropy, recordedSignature, vectorKeys, vectorNames } from '../../../support/sync-vectors';

// docs/test-vectors/, both ways: the app reads each published package and finds exactly the
// published content; the app's writer, given the published inputs (randomness, time, ids),
// writes the published file byte for byte.
const names = vectorNames();

describe('published test vectors of the sync format', () => {
  it('are all there: empty, multi-chunk, with an attachment, a central return with extras', () => {
    expect(names).toEqual(['01-empty-report', '02-multi-chunk-report', '03-report-with-attachment', '04-central-return-with-extras']);
  });

  describe.each(names)('%s', (name) => {
    const { bytes, expected } = readVector(name);

    it('the app reads it and finds exactly the published content', async () => {
      const receiverKeys = await vectorKeys(expected.receiver);
      const senderKeys = await vectorKeys(expected.sender);
      const decoded = await decodePackage(bytes, {
        receiverId: expected.manifest.receiverId,
        receiverKeys,
        trustedKeys: [{ partyId: expected.manifest.senderId, publicKeys: senderKeys.publicKeys }],
        expectedKind: expected.expectedKind,
      });
      expect(decoded.packageHash).toBe(expected.packageHash);
      expect(await sha256Hex(bytes)).toBe(expected.packageHash);
      expect(decoded.manifest).toEqual(expected.manifest);
      expect(decoded.body.changes).toEqual(expected.changes);
      expect(decoded.body.attachments.map((attachment) => ({ id: attachment.id, bytes: toBase64(attachment.bytes) }))).toEqual(expected.attachments);
      expect(decoded.body.acknowledgement).toEqual(expected.acknowledgement);
      expect(decoded.body.ruleSet).toEqual(expected.ruleSet);
    });

    it('the published package key and part plaintexts are what the package holds', async () => {
      const receiverKeys = await vectorKeys(expected.receiver);
      const { manifest } = expected;
      const key = await unwrapPackageKey(manifest.wrappedKey, receiverKeys.encryptionPrivateKey, manifest.packageId, manifest.receiverKeyId);
      expect(key).not.toBeNull();
      const published = await subtle().importKey('raw', fromBase64(expected.packageKey)!, 'AES-GCM', false, ['encrypt', 'decrypt']);
      const entries = readZip(bytes);
      expect(expected.parts.map((part) => part.name)).toEqual(manifest.parts.map((part) => part.name));
      for (const [index, part] of manifest.parts.entries()) {
        expect(expected.parts[index]!.additionalData).toBe(`zbpkg-part-v1\n${manifest.packageId}\n${part.name}`);
        const plaintext = await decryptPart(published, manifest.packageId, part.name, fromBase64(part.iv)!, entries.get(part.name)!);
        expect(toBase64(plaintext!)).toBe(expected.parts[index]!.plaintext);
      }
    });

    it("the app's writer, given the published inputs, writes the same file byte for byte", async () => {
      const senderKeys = await vectorKeys(expected.sender);
      const receiverKeys = await vectorKeys(expected.receiver);
      const { manifest } = expected;
      const entropy = recordedEntropy(expected.writerInputs);
      const written = await encodePackage(
        {
          changes: expected.changes,
          attachments: expected.attachments.map((attachment) => ({ id: attachment.id, bytes: fromBase64(attachment.bytes)! })),
          ...(expected.acknowledgement ? { acknowledgement: expected.acknowledgement as never } : {}),
          ...(expected.ruleSet !== undefined ? { ruleSet: expected.ruleSet } : {}),
        },
        {
          manifestFields: {
            schemaVersion: manifest.schemaVersion,
            packageId: manifest.packageId,
            kind: manifest.kind,
            senderId: manifest.senderId,
            senderName: manifest.senderName,
            receiverId: manifest.receiverId,
            seqFrom: manifest.seqFrom,
            seqTo: manifest.seqTo,
            prevPackageHash: manifest.prevPackageHash,
            createdAt: manifest.createdAt,
            createdHlc: manifest.createdHlc,
          },
          senderKeys,
          receiverPublicKeys: receiverKeys.publicKeys,
          chunkBytes: expected.writerInputs.chunkBytes,
          entropy,
          signManifest: recordedSignature(expected.writerInputs.signature, senderKeys.publicKeys.signing),
        },
      );
      expect(entropy.left()).toBe(0);
      expect(written.length).toBe(bytes.length);
      expect(await sha256Hex(written)).toBe(expected.packageHash);
    });
  });

  it('the multi-chunk vector splits a Chinese character across two parts', () => {
    const { expected } = readVector('02-multi-chunk-report');
    const startsInsideACharacter = expected.parts.slice(1).filter((part) => {
      const first = fromBase64(part.plaintext)![0]!;
      return first >= 0x80 && first <= 0xbf; // a UTF-8 continuation byte
    });
    expect(startsInsideACharacter.length).toBeGreaterThan(0);
  });

  it('the demo key files load as the command-line tool loads them', async () => {
    const { readFileSync } = await import('node:fs');
    for (const party of ['central', 'branch']) {
      const text = readFileSync(new URL(`../../../../docs/test-vectors/keys/${party}.identity.json`, import.meta.url), 'utf8');
      expect((await loadKeyFile(text))?.kind).toBe('own');
    }
  });
});
