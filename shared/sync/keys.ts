import { sha256Hex } from '../hash';
import { isRecord, isText } from '../guards';
import { utf8 } from './bytes';
import { ECDH, ECDSA, subtle } from './subtle';
import type { KeySet, PrivateJwk, PublicJwk, PublicKeySet, SyncCryptoKey } from './types';

/** Hex digits of a key id: 128 bits, plenty to tell keys apart and short enough to log. */
const KEY_ID_HEX = 32;
/** Hex digits of a fingerprint: 64 bits, read aloud over the phone in four groups. */
const FINGERPRINT_HEX = 16;
const BASE64URL = /^[A-Za-z0-9_-]{43}$/; // one P-256 coordinate: 32 bytes

function publicJwk(jwk: Record<string, unknown>): PublicJwk {
  return { kty: 'EC', crv: 'P-256', x: String(jwk.x), y: String(jwk.y) };
}

/** A P-256 public JWK with nothing else in it, or null. */
export function asPublicJwk(x: unknown): PublicJwk | null {
  if (!isRecord(x) || Object.keys(x).length !== 4) return null;
  if (x.kty !== 'EC' || x.crv !== 'P-256' || typeof x.x !== 'string' || typeof x.y !== 'string') return null;
  return BASE64URL.test(x.x) && BASE64URL.test(x.y) ? publicJwk(x) : null;
}

/** The id of a party's two public keys (see docs/sync-format.md, "Key id"). */
export async function keyIdOf(signing: PublicJwk, encryption: PublicJwk): Promise<string> {
  const text = `zbpkg-key-v1\n${signing.x}.${signing.y}.${encryption.x}.${encryption.y}`;
  return (await sha256Hex(utf8(text))).slice(0, KEY_ID_HEX);
}

/** Short form of a key id to compare by phone: '1A2B-3C4D-5E6F-7A8B'. */
export function fingerprint(keys: PublicKeySet | string): string {
  const keyId = typeof keys === 'string' ? keys : keys.keyId;
  return keyId.slice(0, FINGERPRINT_HEX).toUpperCase().match(/.{4}/g)!.join('-');
}

/** A well-formed public key set whose id matches its keys, or null. */
export async function asPublicKeySet(x: unknown): Promise<PublicKeySet | null> {
  if (!isRecord(x) || Object.keys(x).length !== 3 || !isText(x.keyId)) return null;
  const signing = asPublicJwk(x.signing);
  const encryption = asPublicJwk(x.encryption);
  if (!signing || !encryption || (await keyIdOf(signing, encryption)) !== x.keyId) return null;
  return { keyId: x.keyId, signing, encryption };
}

/**
 * A new key set for this PC. The private keys are extractable only so that a
 * passphrase-protected backup can be made at once (wrapPrivateKeysWithPassphrase); store
 * sealKeySet(keys) afterwards, whose private keys no script can read out.
 */
export async function generateSigningAndEncryptionKeys(): Promise<KeySet> {
  const [signing, encryption] = await Promise.all([
    subtle().generateKey(ECDSA, true, ['sign', 'verify']),
    subtle().generateKey(ECDH, true, ['deriveBits']),
  ]);
  const signingPublic = publicJwk(await subtle().exportKey('jwk', signing.publicKey));
  const encryptionPublic = publicJwk(await subtle().exportKey('jwk', encryption.publicKey));
  return {
    publicKeys: { keyId: await keyIdOf(signingPublic, encryptionPublic), signing: signingPublic, encryption: encryptionPublic },
    signingPrivateKey: signing.privateKey,
    encryptionPrivateKey: encryption.privateKey,
  };
}

/** The public half, to send to the other side (plain JSON). */
export function exportPublicKeys(keys: KeySet): PublicKeySet {
  return keys.publicKeys;
}

export function importVerifyKey(jwk: PublicJwk): Promise<SyncCryptoKey> {
  return subtle().importKey('jwk', jwk, ECDSA, false, ['verify']);
}

export function importAgreementPublicKey(jwk: PublicJwk): Promise<SyncCryptoKey> {
  return subtle().importKey('jwk', jwk, ECDH, false, []);
}

export interface PrivateJwks {
  signing: PrivateJwk;
  encryption: PrivateJwk;
}

function privateJwk(jwk: Record<string, unknown>): PrivateJwk {
  return { ...publicJwk(jwk), d: String(jwk.d) };
}

/** The private keys as JWK, for a backup that encrypts them at once. */
export async function exportPrivateKeys(keys: KeySet): Promise<PrivateJwks> {
  return {
    signing: privateJwk(await subtle().exportKey('jwk', keys.signingPrivateKey)),
    encryption: privateJwk(await subtle().exportKey('jwk', keys.encryptionPrivateKey)),
  };
}

/**
 * A key set from its public keys and private JWKs; the private keys must belong to those
 * public keys. Not extractable unless asked for (to make another backup).
 */
export async function importKeySet(publicKeys: PublicKeySet, jwks: PrivateJwks, extractable = false): Promise<KeySet> {
  for (const [name, jwk] of [['signing', jwks.signing], ['encryption', jwks.encryption]] as const) {
    const expected = publicKeys[name];
    if (jwk.x !== expected.x || jwk.y !== expected.y) throw new Error(`The ${name} private key does not belong to key ${publicKeys.keyId}`);
  }
  return {
    publicKeys,
    signingPrivateKey: await subtle().importKey('jwk', jwks.signing, ECDSA, extractable, ['sign']),
    encryptionPrivateKey: await subtle().importKey('jwk', jwks.encryption, ECDH, extractable, ['deriveBits']),
  };
}

/** The same keys with private halves that cannot be exported any more: what a PC stores. */
export async function sealKeySet(keys: KeySet): Promise<KeySet> {
  return importKeySet(keys.publicKeys, await exportPrivateKeys(keys), false);
}
