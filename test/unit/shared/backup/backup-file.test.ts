import { describe, expect, it } from 'vitest';
import { BackupError, type BackupErrorCode } from '../../../../shared/backup/backup-errors';
import { BackupTableWriter, openBackup, readBackupHeader, writeBackup, type BackupInput } from '../../../../shared/backup/backup-file';
import { readZip, writeZip } from '../../../../shared/sync/zip';
import { syncParties } from '../support/sync-fixture';

const SCHEMA = 5;
const origin = { role: 'branch', name: '内科第一党支部', ownerId: 'branch-1' };

/** Rows that JSON alone would not keep: bytes, undefined fields, Chinese text longer than a chunk. */
function sampleTables(): Record<string, unknown[]> {
  return {
    members: Array.from({ length: 40 }, (_, i) => ({ id: `m-${i}`, name: `党员${i}号·张三丰`, note: '为人民服务'.repeat(i), phone: undefined, tags: [i, null, '支委'] })),
    attachments: [{ id: 'a-1', bytes: new Uint8Array([0, 1, 2, 250, 255]), name: '签到表.jpg' }],
    empty: [],
  };
}

function input(tables: Record<string, unknown[]>, overrides: Partial<BackupInput> & { chunkBytes?: number } = {}): BackupInput {
  const { chunkBytes = 100, ...rest } = overrides; // tiny chunks, so lines and Chinese characters are cut between them
  return {
    createdAt: '2026-12-02T09:00:00.000Z',
    schemaVersion: SCHEMA,
    origin,
    tables: Object.entries(tables).map(([table, rows]) => {
      const writer = new BackupTableWriter(table, chunkBytes);
      for (const row of rows) writer.add(row);
      return writer.end();
    }),
    encryptTo: null,
    ...rest,
  };
}

async function codeOf(promise: Promise<unknown>): Promise<BackupErrorCode | 'accepted'> {
  return promise.then(
    () => 'accepted',
    (error: unknown) => (error instanceof BackupError ? error.code : Promise.reject(error)),
  );
}

describe('backup file', () => {
  it('gives back every row exactly: bytes, undefined fields, Chinese text split between chunks', async () => {
    const tables = sampleTables();
    const bytes = await writeBackup(input(tables));
    expect(readZip(bytes).size).toBeGreaterThan(20); // many chunks
    const opened = await openBackup(bytes, { schemaVersion: SCHEMA });
    expect(opened.summary).toMatchObject({ origin, encrypted: false, keyId: null, counts: { members: 40, attachments: 1, empty: 0 } });
    expect([...opened.tables.keys()]).toEqual(['members', 'attachments', 'empty']);
    expect(opened.tables.get('members')).toStrictEqual(tables.members);
    expect(opened.tables.get('attachments')).toStrictEqual(tables.attachments);
    expect('phone' in (opened.tables.get('members')![0] as object)).toBe(true);
  });

  it('encrypts to the PC key: nothing readable in the file, and only that key opens it', async () => {
    const { branch, other } = await syncParties();
    const bytes = await writeBackup(input(sampleTables(), { encryptTo: branch.publicKeys }));
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    expect(text).not.toContain('为人民服务');
    expect(text).not.toContain('签到表');
    expect(readBackupHeader(bytes)).toMatchObject({ origin, encrypted: true, keyId: branch.publicKeys.keyId });

    const own = { keyId: branch.publicKeys.keyId, encryptionPrivateKey: branch.encryptionPrivateKey };
    const opened = await openBackup(bytes, { schemaVersion: SCHEMA, ownKey: own });
    expect(opened.summary).toMatchObject({ encrypted: true, counts: { members: 40 } });
    expect(opened.tables.get('attachments')).toStrictEqual(sampleTables().attachments);

    expect(await codeOf(openBackup(bytes, { schemaVersion: SCHEMA }))).toBe('needs-key');
    expect(await codeOf(openBackup(bytes, { schemaVersion: SCHEMA, ownKey: { keyId: other.publicKeys.keyId, encryptionPrivateKey: other.encryptionPrivateKey } }))).toBe('foreign-key');
    // The right key id but another private key: the wrapped key does not open.
    expect(await codeOf(openBackup(bytes, { schemaVersion: SCHEMA, ownKey: { ...own, encryptionPrivateKey: other.encryptionPrivateKey } }))).toBe('damaged');
  });

  it('refuses a backup of another schema version', async () => {
    const bytes = await writeBackup(input(sampleTables()));
    expect(await codeOf(openBackup(bytes, { schemaVersion: SCHEMA + 1 }))).toBe('schema-too-old');
    expect(await codeOf(openBackup(bytes, { schemaVersion: SCHEMA - 1 }))).toBe('schema-too-new');
  });

  it('refuses every single flipped byte and every truncation, encrypted or not', async () => {
    const { branch } = await syncParties();
    const own = { keyId: branch.publicKeys.keyId, encryptionPrivateKey: branch.encryptionPrivateKey };
    for (const encryptTo of [null, branch.publicKeys]) {
      const bytes = await writeBackup(input({ members: sampleTables().members.slice(0, 5) }, { encryptTo, chunkBytes: 200 }));
      const codes = new Set<string>();
      // Every 7th byte (a few hundred positions) and the last one.
      const positions = [...Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => i * 7), bytes.length - 1];
      for (const at of positions) {
        const altered = bytes.slice();
        altered[at] ^= 0x01;
        const code = await codeOf(openBackup(altered, { schemaVersion: SCHEMA, ownKey: own }));
        expect(code, `byte ${at}`).not.toBe('accepted');
        codes.add(code);
      }
      expect([...codes].every((code) => code === 'not-a-backup' || code === 'damaged')).toBe(true);
      for (const length of [0, 10, bytes.length >> 1, bytes.length - 1]) {
        expect(await codeOf(openBackup(bytes.slice(0, length), { schemaVersion: SCHEMA, ownKey: own }))).toBe('not-a-backup');
      }
    }
  });

  it('refuses parts removed, repeated or swapped, even when every hash and the archive are valid', async () => {
    const bytes = await writeBackup(input({ members: sampleTables().members.slice(0, 10) }, { chunkBytes: 150 }));
    const entries = [...readZip(bytes)];
    const [manifest, index, first, second, ...rest] = entries;
    const variants: Record<string, [string, Uint8Array][]> = {
      dropped: [manifest!, index!, second!, ...rest],
      swapped: [manifest!, index!, [first![0], second![1]], [second![0], first![1]], ...rest],
      extra: [...entries, ['tables/999999.bin', first![1]]],
    };
    for (const [what, variant] of Object.entries(variants)) {
      expect(await codeOf(openBackup(writeZip(variant), { schemaVersion: SCHEMA })), what).toBe('damaged');
    }
    // A manifest that lists the swap consistently still disagrees with the index's order.
    const parsed = JSON.parse(new TextDecoder().decode(manifest![1]));
    [parsed.parts[0], parsed.parts[1]] = [parsed.parts[1], parsed.parts[0]];
    const relisted = writeZip([[manifest![0], new TextEncoder().encode(JSON.stringify(parsed))], index!, second!, first!, ...rest]);
    expect(await codeOf(openBackup(relisted, { schemaVersion: SCHEMA }))).toBe('damaged');
  });

  it('says what a file is not: another kind of file, or a newer format', async () => {
    expect(await codeOf(openBackup(new TextEncoder().encode('不是备份'), { schemaVersion: SCHEMA }))).toBe('not-a-backup');
    const bytes = await writeBackup(input({ members: [] }));
    const entries = [...readZip(bytes)];
    const manifest = JSON.parse(new TextDecoder().decode(entries[0]![1]));
    const newer = writeZip([[entries[0]![0], new TextEncoder().encode(JSON.stringify({ ...manifest, version: 2 }))], ...entries.slice(1)]);
    expect(await codeOf(openBackup(newer, { schemaVersion: SCHEMA }))).toBe('format-too-new');
    const pkg = writeZip([[entries[0]![0], new TextEncoder().encode(JSON.stringify({ ...manifest, format: 'zbpkg' }))], ...entries.slice(1)]);
    expect(await codeOf(openBackup(pkg, { schemaVersion: SCHEMA }))).toBe('not-a-backup');
    expect(new BackupError('needs-key').message).toContain('.zbkey');
  });

  it('refuses to write what it could not give back exactly', () => {
    expect(() => input({ members: [{ id: 'x', at: new Date() }] })).toThrow(expect.objectContaining({ code: 'unsupported-value' }));
  });
});
