import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../shared/hash';
import { fromBase64, toBase64, utf8 } from '../../../../shared/sync/bytes';
import { PackageError } from '../../../../shared/sync/errors';
import { encryptPart } from '../../../../shared/sync/package-crypto';
import { readExtras } from '../../../../shared/sync/package-decode';
import { subtle } from '../../../../shared/sync/subtle';
import type { PackagePart } from '../../../../shared/sync/types';
import { readZip } from '../../../../shared/sync/zip';
import { recordingEntropy } from '../../../support/sync-vectors';
import { branchReport, decodeOutcome, memberChange, reportFields, withManifest } from '../support/sync-fixture';

// Rules of docs/sync-format.md that the decoder once left looser than the document: a package
// signed by its real sender that breaks them must still be refused.
let valid: Uint8Array;
let packageKey: Uint8Array;

beforeAll(async () => {
  const entropy = recordingEntropy();
  valid = await branchReport({ changes: [memberChange(1), memberChange(2)], attachments: [] }, reportFields(1, 2), { entropy, chunkBytes: 100 });
  packageKey = fromBase64(entropy.recorded[0]!)!;
});

/** The package with one more part, encrypted under its own package key, listed and signed again. */
async function withExtraPart(name: string, kind: PackagePart['kind'], plaintext: Uint8Array): Promise<Uint8Array> {
  const key = { raw: packageKey, key: await subtle().importKey('raw', packageKey, 'AES-GCM', false, ['encrypt', 'decrypt']) };
  const manifest = JSON.parse(new TextDecoder().decode(readZip(valid).get('manifest.json'))) as { packageId: string };
  const { iv, ciphertext } = await encryptPart(key, manifest.packageId, name, plaintext);
  const part: PackagePart = { name, kind, sha256: await sha256Hex(ciphertext), bytes: ciphertext.length, plainBytes: plaintext.length, iv: toBase64(iv) };
  return withManifest(
    valid,
    (m) => void (m.parts as PackagePart[]).push(part),
    (entries) => void entries.set(name, ciphertext),
  );
}

describe('format rules the decoder holds to', () => {
  it('the harness itself refuses nothing: the package as written is accepted', async () => {
    expect(await decodeOutcome(valid)).toBe('accepted');
    expect(readZip(valid).size).toBeGreaterThan(3); // several changes parts
  });

  it('a branch report carries no extras part, not even an empty one', async () => {
    expect(await decodeOutcome(await withExtraPart('payload/extras.bin', 'extras', utf8('{}')))).toBe('manifest-invalid');
  });

  it('changes parts are numbered from 0001 without gaps, in order', async () => {
    const renumbered = await withManifest(valid, (m) => {
      const parts = m.parts as PackagePart[];
      parts[0]!.name = 'payload/changes-0007.bin';
    }, (entries) => {
      const first = entries.get('payload/changes-0001.bin')!;
      const rest = [...entries].filter(([name]) => name !== 'payload/changes-0001.bin');
      entries.clear();
      for (const [name, bytes] of rest.slice(0, 2)) entries.set(name, bytes);
      entries.set('payload/changes-0007.bin', first);
      for (const [name, bytes] of rest.slice(2)) entries.set(name, bytes);
    });
    expect(await decodeOutcome(renumbered)).toBe('manifest-invalid');
  });

  it('parts listed out of order (the last changes part first) are refused as a manifest error', async () => {
    const swapped = await withManifest(valid, (m) => {
      const parts = m.parts as PackagePart[];
      parts.unshift(...parts.splice(parts.length - 1, 1));
    });
    expect(await decodeOutcome(swapped)).toBe('manifest-invalid');
  });

  it('an extras part of a central return is never empty (the writer leaves it out instead)', () => {
    expect(readExtras(utf8('{"acknowledgement":{"upToSeq":0,"counts":{},"packageId":null}}'), 'central-return')).toHaveProperty('acknowledgement');
    expect(() => readExtras(utf8('{}'), 'central-return')).toThrow(PackageError);
  });
});
