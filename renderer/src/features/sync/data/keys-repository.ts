import { generateSigningAndEncryptionKeys } from '../../../../../shared/sync/keys';
import { signKeyRotation } from '../../../../../shared/sync/key-rotation';
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

/** This PC's key sets and the keys it trusts for its peers, as read at one moment (keyring()). */
export interface Keyring {
  ownById(keyId: string): KeySet | undefined;
  trusted: TrustedKey[];
}

/** This PC's own key rows, newest first. */
function ownOf(rows: readonly SyncKeyRow[]): SyncKeyRow[] {
  return rows.filter((row) => row.owner === 'self').sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

function keySetOf(row: SyncKeyRow | undefined): KeySet | undefined {
  if (!row?.signingPrivateKey || !row.encryptionPrivateKey) return undefined;
  return { publicKeys: row.publicKeys, signingPrivateKey: row.signingPrivateKey, encryptionPrivateKey: row.encryptionPrivateKey };
}

function ownById(own: readonly SyncKeyRow[], keyId: string): KeySet | undefined {
  return keySetOf(own.find((row) => row.publicKeys.keyId === keyId) ?? own[0]);
}

function trustedOf(rows: readonly SyncKeyRow[]): TrustedKey[] {
  return rows.filter((row) => row.owner === 'peer').map((row) => ({ partyId: row.ownerId, publicKeys: row.publicKeys }));
}

export function createKeysRepository(db: LedgerDatabase, clock: () => Date = () => new Date()) {
  async function store(ownerId: string, keys: KeySet, backup: KeyBackup, replaces?: SyncKeyRow['replaces']): Promise<PublicKeySet> {
    const row: SyncKeyRow = {
      ...(replaces ? { replaces } : {}),
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

  /** This PC's own key rows, newest first. */
  async function ownRows(): Promise<SyncKeyRow[]> {
    return ownOf(await db.syncKeys.toArray());
  }

  async function ownRow(): Promise<SyncKeyRow | undefined> {
    return (await ownRows())[0];
  }

  return {
    /** This PC's key set for signing and decrypting, or undefined before it has one. */
    async ownKeys(): Promise<KeySet | undefined> {
      return keySetOf(await ownRow());
    },

    /** One of this PC's key sets by id (after a rotation a branch may still encrypt to the older one), else the newest. */
    async ownKeysById(keyId: string): Promise<KeySet | undefined> {
      return ownById(await ownRows(), keyId);
    },

    /**
     * What an import's previews read of the key store, from ONE read of it: this PC's key sets
     * (by id, as ownKeysById) and the keys trusted for its peers (as trustedKeys). A folder's
     * previews take it once for the folder instead of reading every peer's key per package.
     */
    async keyring(): Promise<Keyring> {
      const rows = await db.syncKeys.toArray();
      const own = ownOf(rows);
      return { ownById: (keyId) => ownById(own, keyId), trusted: trustedOf(rows) };
    },

    /**
     * Central office: the key to sign a return to a branch with, the one the branch trusts
     * (`trustedKeyId`; unknown: the office's first key), and the rotation statement to carry
     * when that is not the newest key. A key no longer held gives the newest.
     */
    async signingFor(trustedKeyId: string | undefined): Promise<{ keys: KeySet; keyRotation?: SyncKeyRow['replaces'] } | undefined> {
      const rows = await ownRows();
      const trusted = (trustedKeyId ? rows.find((row) => row.publicKeys.keyId === trustedKeyId) : rows.at(-1)) ?? rows[0];
      const keys = keySetOf(trusted);
      if (!keys || !trusted) return undefined;
      const successor = rows.find((row) => row.replaces?.oldKeyId === trusted.publicKeys.keyId);
      return successor ? { keys, keyRotation: successor.replaces } : { keys };
    },

    /**
     * Central office: a new key set replacing the current one (lost to a leak, or due), with
     * its backup under a new passphrase, and the statement signed by the old key that
     * returns carry to the branches. The old keys stay to read reports still encrypted to
     * them and to sign returns to branches that have not switched yet.
     */
    async rotate(ownerId: string, passphrase: string, issuedAt: string): Promise<{ publicKeys: PublicKeySet; backup: KeyBackup }> {
      const problem = checkPassphrase(passphrase);
      if (problem) throw new KeyError(problem);
      const old = keySetOf(await ownRow());
      if (!old) throw new KeyError('本机还没有密钥，请先创建本单位密钥。');
      const keys = await generateSigningAndEncryptionKeys();
      const backup = await wrapPrivateKeysWithPassphrase(keys, passphrase);
      const signed = await signKeyRotation(old, keys.publicKeys, ownerId, issuedAt);
      return { publicKeys: await store(ownerId, keys, backup, { oldKeyId: old.publicKeys.keyId, signed }), backup };
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

    /** Trusts `publicKeys` for the peer instead of every key trusted for it before (a switched central key). */
    async replaceTrust(ownerId: string, publicKeys: PublicKeySet): Promise<void> {
      const rows = await db.syncKeys.toArray();
      await db.syncKeys.bulkDelete(rows.filter((row) => row.owner === 'peer' && row.ownerId === ownerId).map((row) => row.keyId));
      await db.syncKeys.put({ keyId: publicKeys.keyId, owner: 'peer', ownerId, publicKeys, createdAt: clock().toISOString() });
    },

    async trust(ownerId: string, publicKeys: PublicKeySet): Promise<void> {
      await db.syncKeys.put({ keyId: publicKeys.keyId, owner: 'peer', ownerId, publicKeys, createdAt: clock().toISOString() });
    },

    async trustedKeys(): Promise<TrustedKey[]> {
      return trustedOf(await db.syncKeys.toArray());
    },
  };
}

export type KeysRepository = ReturnType<typeof createKeysRepository>;
