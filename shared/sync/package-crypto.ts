import { concatBytes, fromBase64, randomBytes, toBase64, utf8 } from './bytes';
import { importAgreementPublicKey, importVerifyKey } from './keys';
import { ECDH, ECDSA_SHA256, GCM_IV_BYTES, gcmDecrypt, gcmEncrypt, subtle } from './subtle';
import type { PublicJwk, SyncCryptoKey, WrappedKey } from './types';

/** The cryptography of one package (docs/sync-format.md, "Encryption"). */

const PACKAGE_KEY_BYTES = 32;
const WRAP_SALT_BYTES = 16;
/** ECDSA P-256 signature in WebCrypto's r‖s form. */
export const SIGNATURE_BYTES = 64;

const AES_GCM_256 = { name: 'AES-GCM', length: 256 } as const;

export interface PackageKey {
  raw: Uint8Array;
  key: SyncCryptoKey;
}

/**
 * Where a package's randomness comes from: fresh randomness in the app; fixed values only
 * to reproduce the published test vectors (docs/test-vectors/) byte for byte.
 */
export interface PackageEntropy {
  /** The package key, every nonce and the wrap salt, in the order the writer asks for them. */
  randomBytes(length: number): Uint8Array;
  /** The ephemeral ECDH P-256 key pair of the key wrap. */
  ephemeralKeyPair(): Promise<{ publicKey: SyncCryptoKey; privateKey: SyncCryptoKey }>;
}

export const FRESH_ENTROPY: PackageEntropy = {
  randomBytes,
  ephemeralKeyPair: () => subtle().generateKey(ECDH, true, ['deriveBits']),
};

export async function newPackageKey(entropy: PackageEntropy = FRESH_ENTROPY): Promise<PackageKey> {
  const raw = entropy.randomBytes(PACKAGE_KEY_BYTES);
  return { raw, key: await importPackageKey(raw) };
}

function importPackageKey(raw: Uint8Array): Promise<SyncCryptoKey> {
  return subtle().importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/** Additional data of a part: binds its ciphertext to this package and this entry name. */
export function partAad(packageId: string, name: string): Uint8Array {
  return utf8(`zbpkg-part-v1\n${packageId}\n${name}`);
}

async function wrappingKey(privateKey: SyncCryptoKey, publicKey: SyncCryptoKey, salt: Uint8Array, info: Uint8Array) {
  const shared = new Uint8Array(await subtle().deriveBits({ ...ECDH, public: publicKey }, privateKey, 256));
  const hkdf = await subtle().importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'HKDF', hash: 'SHA-256', salt, info }, hkdf, AES_GCM_256, false, ['encrypt', 'decrypt']);
}

function wrapInfo(packageId: string, receiverKeyId: string): Uint8Array {
  return utf8(`zbpkg-wrap-v1\n${packageId}\n${receiverKeyId}`);
}

/** The package key wrapped to the receiver (ECDH ephemeral-static, HKDF-SHA-256, AES-256-GCM). */
export async function wrapPackageKey(
  packageKey: PackageKey,
  receiver: PublicJwk,
  packageId: string,
  receiverKeyId: string,
  entropy: PackageEntropy = FRESH_ENTROPY,
): Promise<WrappedKey> {
  const ephemeral = await entropy.ephemeralKeyPair();
  const salt = entropy.randomBytes(WRAP_SALT_BYTES);
  const iv = entropy.randomBytes(GCM_IV_BYTES);
  const info = wrapInfo(packageId, receiverKeyId);
  const key = await wrappingKey(ephemeral.privateKey, await importAgreementPublicKey(receiver), salt, info);
  const jwk = await subtle().exportKey('jwk', ephemeral.publicKey);
  return {
    ephemeralPublicKey: { kty: 'EC', crv: 'P-256', x: String(jwk.x), y: String(jwk.y) },
    salt: toBase64(salt),
    iv: toBase64(iv),
    wrappedKey: toBase64(await gcmEncrypt(key, iv, packageKey.raw, info)),
  };
}

/** The package key, or null when it was not wrapped to this private key (or was altered). */
export async function unwrapPackageKey(wrapped: WrappedKey, receiverPrivateKey: SyncCryptoKey, packageId: string, receiverKeyId: string): Promise<SyncCryptoKey | null> {
  const [salt, iv, ciphertext] = [fromBase64(wrapped.salt), fromBase64(wrapped.iv), fromBase64(wrapped.wrappedKey)];
  if (!salt || !iv || !ciphertext) return null;
  const info = wrapInfo(packageId, receiverKeyId);
  try {
    const ephemeral = await importAgreementPublicKey(wrapped.ephemeralPublicKey);
    const raw = await gcmDecrypt(await wrappingKey(receiverPrivateKey, ephemeral, salt, info), iv, ciphertext, info);
    return raw && raw.length === PACKAGE_KEY_BYTES ? await importPackageKey(raw) : null;
  } catch {
    // An ephemeral key that is not a point on the curve: the package was not made for us.
    return null;
  }
}

export async function encryptPart(
  packageKey: PackageKey,
  packageId: string,
  name: string,
  plaintext: Uint8Array,
  entropy: PackageEntropy = FRESH_ENTROPY,
): Promise<{ iv: Uint8Array; ciphertext: Uint8Array }> {
  const iv = entropy.randomBytes(GCM_IV_BYTES);
  return { iv, ciphertext: await gcmEncrypt(packageKey.key, iv, plaintext, partAad(packageId, name)) };
}

export function decryptPart(key: SyncCryptoKey, packageId: string, name: string, iv: Uint8Array, ciphertext: Uint8Array): Promise<Uint8Array | null> {
  return gcmDecrypt(key, iv, ciphertext, partAad(packageId, name));
}

/** What a manifest signature covers: a domain tag, so it cannot be replayed as another kind of signature. */
function signedManifestBytes(manifestBytes: Uint8Array): Uint8Array {
  return concatBytes(utf8('zbpkg-manifest-v1\n'), manifestBytes);
}

export async function signManifest(manifestBytes: Uint8Array, signingPrivateKey: SyncCryptoKey): Promise<Uint8Array> {
  return signBytes(signedManifestBytes(manifestBytes), signingPrivateKey);
}

export function verifyManifest(manifestBytes: Uint8Array, signature: Uint8Array, signing: PublicJwk): Promise<boolean> {
  return verifyBytes(signedManifestBytes(manifestBytes), signature, signing);
}

export async function signBytes(data: Uint8Array, signingPrivateKey: SyncCryptoKey): Promise<Uint8Array> {
  return new Uint8Array(await subtle().sign(ECDSA_SHA256, signingPrivateKey, data));
}

export async function verifyBytes(data: Uint8Array, signature: Uint8Array, signing: PublicJwk): Promise<boolean> {
  if (signature.length !== SIGNATURE_BYTES) return false;
  try {
    return await subtle().verify(ECDSA_SHA256, await importVerifyKey(signing), signature, data);
  } catch {
    return false;
  }
}
