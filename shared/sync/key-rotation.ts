import { isRecord, isText } from '../guards';
import { concatBytes, fromBase64, toBase64, utf8 } from './bytes';
import { asPublicKeySet } from './keys';
import { signBytes, verifyBytes } from './package-crypto';
import { parseStrictJson } from './strict-json';
import type { KeySet, PublicKeySet } from './types';

/**
 * The central office's key rotation (docs/sync-format.md, "Key rotation"): a statement that
 * the office's key `oldKeyId` is replaced by `newPublicKeys`, signed by the old key. It
 * travels in the extras of every return the office signs with the old key, so a branch
 * that trusts only the old key can learn the new one from a source it already trusts, and
 * switches once a person compared the new fingerprint.
 */
export interface KeyRotationStatement {
  format: 'zbrotate';
  version: 1;
  centralId: string;
  oldKeyId: string;
  newPublicKeys: PublicKeySet;
  issuedAt: string;
}

/** On the wire: the statement as JSON text (the signed bytes are the bytes read) and its ECDSA signature. */
export interface SignedKeyRotation {
  statement: string;
  signature: string;
}

export class KeyRotationError extends Error {
  constructor(reason: string) {
    super(`院党委组织科的换密钥声明无效（${reason}），未采用。请联系院党委组织科。`);
    this.name = 'KeyRotationError';
  }
}

function signedBytes(text: string): Uint8Array {
  return concatBytes(utf8('zbrotate-v1\n'), utf8(text));
}

/** The statement that `oldKeys` are replaced by `newPublicKeys`, signed with the old signing key. */
export async function signKeyRotation(oldKeys: KeySet, newPublicKeys: PublicKeySet, centralId: string, issuedAt: string): Promise<SignedKeyRotation> {
  const statement: KeyRotationStatement = { format: 'zbrotate', version: 1, centralId, oldKeyId: oldKeys.publicKeys.keyId, newPublicKeys, issuedAt };
  const text = JSON.stringify(statement);
  return { statement: text, signature: toBase64(await signBytes(signedBytes(text), oldKeys.signingPrivateKey)) };
}

/**
 * The statement, checked: it names this central office, replaces exactly the key `trusted`
 * (the one the branch trusts now), is signed by it, and names a different, valid key set.
 * Anything else throws KeyRotationError with the reason in Chinese.
 */
export async function verifyKeyRotation(signed: unknown, trusted: PublicKeySet, centralId: string): Promise<KeyRotationStatement> {
  if (!isRecord(signed) || Object.keys(signed).length !== 2 || !isText(signed.statement) || !isText(signed.signature)) throw new KeyRotationError('格式有误');
  let statement: unknown;
  try {
    statement = parseStrictJson(signed.statement);
  } catch {
    throw new KeyRotationError('不是有效的 JSON');
  }
  if (!isRecord(statement) || statement.format !== 'zbrotate' || statement.version !== 1 || !isText(statement.issuedAt)) throw new KeyRotationError('格式有误');
  if (statement.centralId !== centralId) throw new KeyRotationError('不是本机登记的院党委组织科发出的');
  if (statement.oldKeyId !== trusted.keyId) throw new KeyRotationError('要替换的不是本机信任的密钥');
  const signature = fromBase64(signed.signature);
  if (!signature || !(await verifyBytes(signedBytes(signed.statement), signature, trusted.signing))) throw new KeyRotationError('签名校验失败');
  const newPublicKeys = await asPublicKeySet(statement.newPublicKeys);
  if (!newPublicKeys) throw new KeyRotationError('新公钥无效');
  if (newPublicKeys.keyId === trusted.keyId) throw new KeyRotationError('新旧密钥相同');
  return { ...(statement as unknown as KeyRotationStatement), newPublicKeys };
}
