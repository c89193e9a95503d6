import { generateSigningAndEncryptionKeys } from '../../../../../shared/sync/keys';
import { unwrapPrivateKeysWithPassphrase, wrapPrivateKeysWithPassphrase } from '../../../../../shared/sync/key-backup';
import type { KeyBackup, KeySet, PublicKeySet, TrustedKey } from '../../../../../shared/sync/types';
import type { LedgerDatabase } from '../../../db/database';
import type { SyncKeyRow } from '../../../db/sync-rows';

export const PASSPHRASE_MIN_LENGTH = 8;

export class KeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyError';
  }
}

export function checkPassphrase(passphrase: string): string | undefined {
  if ([...passphrase].length < PASSPHRASE_MIN_LENGTH) return `备份口令至少 ${PASSPHRASE_MIN_LENGTH} 个字符。`;
  return undefined;
}

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

/**
 * The private keys re-imported as non-extractable: IndexedDB stores the CryptoKey objects as
 * they are, and no script (nor anyone copying the profile folder with a script) can read
 * their bytes out through WebCrypto. The only copy that leaves the PC is the passphrase backup.
 */
async function lockedCopy(keys: KeySet): Promise<{ signingPrivateKey: CryptoKey; encryptionPrivateKey: CryptoKey }> {
  const subtle = globalThis.crypto.subtle;
  const signing = await subtle.exportKey('jwk', keys.signingPrivateKey as CryptoKey);
  const encryption = await subtle.exportKey('jwk', keys.encryptionPrivateKey as CryptoKey);
  return {
    signingPrivateKey: await subtle.importKey('jwk', signing, ECDSA, false, ['sign']),
    encryptionPrivateKey: await subtle.importKey('jwk', encryption, ECDH, false, ['deriveBits']),
  };
}

export function createKeysRepository(db: LedgerDatabase, clock: () => Date = () => new Date()) {
  async function store(ownerId: string, keys: KeySet, backup: KeyBackup): Promise<PublicKeySet> {
    const row: SyncKeyRow = {
      keyId: keys.publicKeys.keyId,
      owner: 'self',
      ownerId,
      publicKeys: keys.publicKeys,
      ...(await lockedCopy(keys)),
      backup,
      createdAt: clock().toISOString(),
    };
    await db.syncKeys.put(row);
    return keys.publicKeys;
  }

  async function ownRow(): Promise<SyncKeyRow | undefined> {
    const rows = await db.syncKeys.toArray();
    return rows.filter((row) => row.owner === 'self').sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  }

  return {
    /** This PC's key set for signing and decrypting, or undefined before it has one. */
    async ownKeys(): Promise<KeySet | undefined> {
      const row = await ownRow();
      if (!row?.signingPrivateKey || !row.encryptionPrivateKey) return undefined;
      return { publicKeys: row.publicKeys, signingPrivateKey: row.signingPrivateKey, encryptionPrivateKey: row.encryptionPrivateKey };
    },

    async ownPublicKeys(): Promise<PublicKeySet | undefined> {
      return (await ownRow())?.publicKeys;
    },

    /** Makes this PC's key pair, with its backup under the passphrase. */
    async create(ownerId: string, passphrase: string): Promise<{ publicKeys: PublicKeySet; backup: KeyBackup }> {
      const problem = checkPassphrase(passphrase);
      if (problem) throw new KeyError(problem);
      if (await ownRow()) throw new KeyError('本机已有密钥，不能重复创建。');
      const keys = await generateSigningAndEncryptionKeys();
      const backup = await wrapPrivateKeysWithPassphrase(keys, passphrase);
      return { publicKeys: await store(ownerId, keys, backup), backup };
    },

    /** Puts this PC's keys back from a backup file (a new PC, a reinstalled system). */
    async restore(ownerId: string, backupJson: string, passphrase: string): Promise<PublicKeySet> {
      let parsed: unknown;
      try {
        parsed = JSON.parse(backupJson);
      } catch {
        throw new KeyError('密钥备份文件无效或已损坏。');
      }
      // Extractable only until store() re-imports them locked (it reads the JWKs once to do so).
      const keys = await unwrapPrivateKeysWithPassphrase(parsed, passphrase, true);
      return store(ownerId, keys, parsed as KeyBackup);
    },

    /** The backup file's content, to save again. */
    async backup(): Promise<KeyBackup | undefined> {
      return (await ownRow())?.backup;
    },

    async trust(ownerId: string, publicKeys: PublicKeySet): Promise<void> {
      await db.syncKeys.put({ keyId: publicKeys.keyId, owner: 'peer', ownerId, publicKeys, createdAt: clock().toISOString() });
    },

    async trustedKeys(): Promise<TrustedKey[]> {
      const rows = await db.syncKeys.toArray();
      return rows.filter((row) => row.owner === 'peer').map((row) => ({ partyId: row.ownerId, publicKeys: row.publicKeys }));
    },
  };
}

export type KeysRepository = ReturnType<typeof createKeysRepository>;
