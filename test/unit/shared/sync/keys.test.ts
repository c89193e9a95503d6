import { describe, expect, it } from 'vitest';
import { PackageError } from '../../../../shared/sync/errors';
import { BACKUP_PBKDF2_ITERATIONS, unwrapPrivateKeysWithPassphrase, wrapPrivateKeysWithPassphrase } from '../../../../shared/sync/key-backup';
import { KDF_BOUNDS } from '../../../../shared/sync/kdf';
import { asPublicKeySet, fingerprint, generateSigningAndEncryptionKeys, keyIdOf, sealKeySet } from '../../../../shared/sync/keys';
import { signBytes, verifyBytes } from '../../../../shared/sync/package-crypto';
import { syncParties } from '../support/sync-fixture';

// Fewer PBKDF2 rounds than a real backup, so the tests stay quick; the rounds are stored in the backup.
const FAST = KDF_BOUNDS.minIterations;
const message = new TextEncoder().encode('支部工作台账');

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'accepted',
    (error: unknown) => (error instanceof PackageError ? error.code : Promise.reject(error)),
  );
}

describe('key sets', () => {
  it('names both public keys by one id, and shows a short fingerprint of it', async () => {
    const { branch, central } = await syncParties();
    const { keyId, signing, encryption } = branch.publicKeys;
    expect(keyId).toMatch(/^[0-9a-f]{32}$/);
    expect(await keyIdOf(signing, encryption)).toBe(keyId);
    expect(keyId).not.toBe(central.publicKeys.keyId);
    expect(fingerprint(branch.publicKeys)).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(fingerprint(branch.publicKeys)).toBe(keyId.slice(0, 16).toUpperCase().replace(/(.{4})(?!$)/g, '$1-'));
    expect(Object.keys(signing).sort()).toEqual(['crv', 'kty', 'x', 'y']); // public halves only
  });

  it('accepts a public key set only when its id matches its keys', async () => {
    const { branch, central } = await syncParties();
    expect(await asPublicKeySet(JSON.parse(JSON.stringify(branch.publicKeys)))).toEqual(branch.publicKeys);
    expect(await asPublicKeySet({ ...branch.publicKeys, encryption: central.publicKeys.encryption })).toBeNull();
    expect(await asPublicKeySet({ ...branch.publicKeys, signing: { ...branch.publicKeys.signing, d: 'secret' } })).toBeNull();
  });

  it('seals a key set so its private keys cannot be read out, and it still signs', async () => {
    const keys = await generateSigningAndEncryptionKeys();
    expect(keys.signingPrivateKey.extractable).toBe(true);
    const sealed = await sealKeySet(keys);
    expect([sealed.signingPrivateKey.extractable, sealed.encryptionPrivateKey.extractable]).toEqual([false, false]);
    expect(await verifyBytes(message, await signBytes(message, sealed.signingPrivateKey), keys.publicKeys.signing)).toBe(true);
  });
});

describe('passphrase-protected key backup', () => {
  it('uses a strong key derivation by default', () => {
    expect(BACKUP_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('restores the same keys with the passphrase, never showing the private keys in clear', async () => {
    const keys = await generateSigningAndEncryptionKeys();
    const backup = await wrapPrivateKeysWithPassphrase(keys, '红船精神2026', FAST);
    const file = JSON.stringify(backup);
    const { exportPrivateKeys } = await import('../../../../shared/sync/keys');
    const { signing } = await exportPrivateKeys(keys);
    expect(file).not.toContain(signing.d);
    const restored = await unwrapPrivateKeysWithPassphrase(JSON.parse(file), '红船精神2026');
    expect(restored.publicKeys).toEqual(keys.publicKeys);
    expect(restored.signingPrivateKey.extractable).toBe(false);
    expect(await verifyBytes(message, await signBytes(message, restored.signingPrivateKey), keys.publicKeys.signing)).toBe(true);
  });

  it('refuses a wrong passphrase, an altered backup and one relabelled for other keys', async () => {
    const { branch, central } = await syncParties();
    const backup = await wrapPrivateKeysWithPassphrase(branch, 'correct horse', FAST);
    expect(await codeOf(unwrapPrivateKeysWithPassphrase(backup, 'wrong horse'))).toBe('wrong-passphrase');
    const altered = { ...backup, ciphertext: `${backup.ciphertext.startsWith('A') ? 'B' : 'A'}${backup.ciphertext.slice(1)}` };
    expect(await codeOf(unwrapPrivateKeysWithPassphrase(altered, 'correct horse'))).toBe('wrong-passphrase');
    const relabelled = { ...backup, keyId: central.publicKeys.keyId, publicKeys: central.publicKeys };
    expect(await codeOf(unwrapPrivateKeysWithPassphrase(relabelled, 'correct horse'))).toBe('wrong-passphrase');
    expect(await codeOf(unwrapPrivateKeysWithPassphrase({ format: 'zbkey' }, 'correct horse'))).toBe('backup-invalid');
    expect(await codeOf(unwrapPrivateKeysWithPassphrase('not json', 'x'))).toBe('backup-invalid');
  });
});

describe('a .zbkey does not decide its own cost', () => {
  async function refusal(kdf: Record<string, unknown>): Promise<{ code: string; message: string; ms: number }> {
    const backup = await wrapPrivateKeysWithPassphrase(await generateSigningAndEncryptionKeys(), 'correct horse', FAST);
    const started = performance.now();
    try {
      await unwrapPrivateKeysWithPassphrase(JSON.parse(JSON.stringify({ ...backup, kdf: { ...backup.kdf, ...kdf } })), 'correct horse');
      return { code: 'accepted', message: '', ms: performance.now() - started };
    } catch (error) {
      return { code: error instanceof PackageError ? error.code : String(error), message: (error as Error).message, ms: performance.now() - started };
    }
  }

  it.each([
    ['2^32-1 iterations', { iterations: 2 ** 32 - 1 }],
    ['2^53-1 iterations', { iterations: Number.MAX_SAFE_INTEGER }],
    ['more than the bound', { iterations: 2_000_001 }],
    ['fewer than the bound', { iterations: 99_999 }],
    ['a fraction', { iterations: 600_000.5 }],
    ['a number as text', { iterations: '600000' }],
    ['another hash', { hash: 'SHA-1' }],
    ['another function', { name: 'scrypt' }],
    ['a 1 MiB salt', { salt: 'A'.repeat(1_398_104) }],
    ['an 8-byte salt', { salt: 'AAAAAAAAAAA=' }],
  ])('refuses %s at once, saying in Chinese why', async (_label, kdf) => {
    const { code, message, ms } = await refusal(kdf);
    expect(code).toBe('kdf-unsupported');
    expect(message).toMatch(/^文件中的口令加密参数/);
    expect(message).not.toMatch(/[A-Za-z]{6,}/);
    expect(ms).toBeLessThan(1000);
  });

  it('reads the bounds the app writes itself', async () => {
    expect(BACKUP_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(KDF_BOUNDS.minIterations);
    expect(BACKUP_PBKDF2_ITERATIONS).toBeLessThanOrEqual(KDF_BOUNDS.maxIterations);
    const keys = await generateSigningAndEncryptionKeys();
    const atTheBound = await wrapPrivateKeysWithPassphrase(keys, 'correct horse', KDF_BOUNDS.maxIterations);
    expect((await unwrapPrivateKeysWithPassphrase(atTheBound, 'correct horse')).publicKeys).toEqual(keys.publicKeys);
  }, 30_000);
});
