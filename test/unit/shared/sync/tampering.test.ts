import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodePackage } from '../../../../shared/sync/package-decode';
import { readZip, writeZip } from '../../../../shared/sync/zip';
import { BRANCH, attachmentWithRecord, branchReport, centralDecodeOptions, decodeOutcome, memberChange, reportFields, syncParties, withManifest } from '../support/sync-fixture';

let valid: Uint8Array;

beforeAll(async () => {
  const { change, attachment } = await attachmentWithRecord(2, 'att-1', new Uint8Array([9, 8, 7]));
  const changes = [memberChange(1, { name: '王红' }), memberChange(2, { deleted: true }), change];
  valid = await branchReport({ changes, attachments: [attachment] }, reportFields(1, 2), { chunkBytes: 300 });
});


function flipped(bytes: Uint8Array, at: number, mask = 0x01): Uint8Array {
  const copy = bytes.slice();
  copy[at]! ^= mask;
  return copy;
}

describe('a package with any single byte changed is refused', () => {
  it('is valid untouched', async () => {
    expect(await decodeOutcome(valid)).toBe('accepted');
  });

  it('refuses the file with any one of its bytes flipped', async () => {
    const accepted: number[] = [];
    for (let at = 0; at < valid.length; at++) if ((await decodeOutcome(flipped(valid, at))) === 'accepted') accepted.push(at);
    expect({ bytes: valid.length, accepted }).toEqual({ bytes: valid.length, accepted: [] });
  }, 60_000);

  // The archive's CRCs alone catch the flips above. Here every entry is re-packed with valid
  // CRCs, so the signature, the hashes and the encryption have to catch each changed byte.
  it('refuses any byte flipped inside any entry even when the archive around it is rebuilt', async () => {
    const entries = readZip(valid);
    const accepted: string[] = [];
    for (const [name, bytes] of entries) {
      for (let at = 0; at < bytes.length; at++) {
        const tampered = new Map(entries).set(name, flipped(bytes, at));
        if ((await decodeOutcome(writeZip([...tampered]))) === 'accepted') accepted.push(`${name}@${at}`);
      }
    }
    expect(accepted).toEqual([]);
  }, 60_000);

  it('names what failed: the signature for the manifest, the hash for a part', async () => {
    const entries = readZip(valid);
    const manifest = entries.get('manifest.json')!;
    const text = new TextDecoder().decode(manifest);
    const at = new TextEncoder().encode(text.slice(0, text.indexOf('"seqTo": 2') + 9)).length; // a byte offset: the text has Chinese in it
    expect(String.fromCharCode(manifest[at]!)).toBe('2');
    expect(await decodeOutcome(writeZip([...new Map(entries).set('manifest.json', flipped(manifest, at, 0x03))]))).toBe('bad-signature');
    const part = [...entries.keys()].find((name) => name.startsWith('payload/changes'))!;
    expect(await decodeOutcome(writeZip([...new Map(entries).set(part, flipped(entries.get(part)!, 0))]))).toBe('part-hash-mismatch');
  });
});

describe('a large package', () => {
  it('round-trips over default-sized chunks and refuses a seeded sample of single-byte changes', async () => {
    const note = '组织生活会上，同志们结合岗位实际开展批评与自我批评，查摆问题并制定整改措施。';
    const changes = Array.from({ length: 1000 }, (_, i) => memberChange(i + 1, { note: `${i}：${note}` }));
    const large = await branchReport({ changes, attachments: [] }, reportFields(1, 1000));
    const entries = readZip(large);
    expect([...entries.keys()].filter((name) => name.startsWith('payload/changes')).length).toBeGreaterThan(1);
    expect((await decodePackage(large, await centralDecodeOptions())).body.changes).toEqual(changes);

    let seed = 2026;
    const next = (below: number) => (seed = (seed * 48271) % 2147483647) % below;
    const names = [...entries.keys()];
    const accepted: string[] = [];
    for (let i = 0; i < 120; i++) {
      const name = names[next(names.length)]!;
      const bytes = entries.get(name)!;
      const at = next(bytes.length);
      const tampered = writeZip([...new Map(entries).set(name, flipped(bytes, at, 1 + next(255)))]);
      if ((await decodeOutcome(tampered)) === 'accepted') accepted.push(`${name}@${at}`);
    }
    expect(accepted).toEqual([]);
  }, 60_000);
});

describe('receiver and sender', () => {
  it('refuses a package for another receiver, by id or by key', async () => {
    const { other } = await syncParties();
    expect(await decodeOutcome(valid, { receiverId: 'central-2' })).toBe('wrong-receiver');
    expect(await decodeOutcome(valid, { receiverKeys: other })).toBe('wrong-receiver');
  });

  it('refuses a package signed by an unknown key, or by a key trusted for another party', async () => {
    const { branch } = await syncParties();
    expect(await decodeOutcome(valid, { trustedKeys: [] })).toBe('unknown-sender-key');
    expect(await decodeOutcome(valid, { trustedKeys: [{ partyId: 'branch-2', publicKeys: branch.publicKeys }] })).toBe('unknown-sender-key');
  });

  it('refuses a manifest signed by another key than the one it names', async () => {
    const { other } = await syncParties();
    const entries = readZip(valid);
    const { signManifest } = await import('../../../../shared/sync/package-crypto');
    entries.set('manifest.sig', await signManifest(entries.get('manifest.json')!, other.signingPrivateKey));
    expect(await decodeOutcome(writeZip([...entries]))).toBe('bad-signature');
  });

  it('admits a new sender key on first contact only when a person confirmed it, and says so', async () => {
    const { branch } = await syncParties();
    const asked: string[] = [];
    const confirm = (senderId: string, keys: { keyId: string }) => {
      asked.push(`${senderId}:${keys.keyId}`);
      return true;
    };
    const decoded = await decodePackage(valid, await centralDecodeOptions({ trustedKeys: [], acceptNewSenderKey: confirm }));
    expect(decoded.newSenderKey).toBe(true);
    expect(asked).toEqual([`${BRANCH}:${branch.publicKeys.keyId}`]);
    expect(await decodeOutcome(valid, { trustedKeys: [], acceptNewSenderKey: () => false })).toBe('unknown-sender-key');
    expect((await decodePackage(valid, await centralDecodeOptions())).newSenderKey).toBe(false);
  });
});

describe('archive guard', () => {
  const stored = (files: Record<string, Uint8Array>, level: 0 | 6 = 0) =>
    zipSync(Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, [bytes, { level, mtime: new Date(1980, 0, 1) }]])));

  it('refuses what is not a zip at all', async () => {
    expect(await decodeOutcome(new TextEncoder().encode('支部工作台账'))).toBe('not-a-package');
    expect(await decodeOutcome(new Uint8Array(0))).toBe('not-a-package');
  });

  it('refuses compressed entries (no zip bombs), unsafe names and entries the manifest does not list', async () => {
    const entries = Object.fromEntries(readZip(valid));
    expect(await decodeOutcome(stored(entries, 6))).toBe('unsafe-archive');
    for (const name of ['../evil.bin', 'payload/../../x', '/etc/passwd', 'C:/x', 'payload\\x', 'Payload/X']) {
      expect({ name, code: await decodeOutcome(stored({ ...entries, [name]: new Uint8Array([1]) })) }).toEqual({ name, code: 'unsafe-archive' });
    }
    expect(await decodeOutcome(stored({ ...entries, 'payload/extra.bin': new Uint8Array([1]) }))).toBe('unsafe-archive');
  });

  it('refuses a part the manifest lists but the archive lacks', async () => {
    const entries = readZip(valid);
    const part = [...entries.keys()].find((name) => name.startsWith('payload/attachment'))!;
    entries.delete(part);
    expect(await decodeOutcome(writeZip([...entries]))).toBe('part-missing');
  });

  it('refuses huge declared sizes before reading them', async () => {
    const bytes = valid.slice();
    const view = new DataView(bytes.buffer);
    // The first local header's sizes (offsets 18 and 22) claim 3 GiB.
    view.setUint32(18, 3 * 1024 ** 3, true);
    view.setUint32(22, 3 * 1024 ** 3, true);
    const end = bytes.length - 22;
    const central = view.getUint32(end + 16, true);
    view.setUint32(central + 20, 3 * 1024 ** 3, true);
    view.setUint32(central + 24, 3 * 1024 ** 3, true);
    expect(await decodeOutcome(bytes)).toBe('too-large');
  });

  it('refuses a manifest that lists a part twice', async () => {
    expect(await decodeOutcome(await withManifest(valid, (m) => (m.parts as unknown[]).push((m.parts as unknown[])[0])))).toBe('manifest-invalid');
  });
});
