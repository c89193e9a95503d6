import { isRecord, isText } from '../guards';
import { fromBase64, toBase64, utf8, concatBytes } from './bytes';
import { PackageError, detail } from './errors';
import { asPublicKeySet } from './keys';
import { signBytes, verifyBytes } from './package-crypto';
import type { Enrolment, KeySet } from './types';
import { parseStrictJson } from './strict-json';

/**
 * The enrolment file (docs/sync-format.md, "Enrolment"): the central office tells a branch
 * who it is and whom to trust. The enrolment travels as JSON text inside the file, so the
 * signed bytes are exactly the bytes read back.
 */

export interface EnrolmentFile {
  format: 'zbenrol';
  version: 1;
  enrolment: string;
  signature: string;
}

export type EnrolmentInput = Omit<Enrolment, 'format' | 'version' | 'centralPublicKeys' | 'createdAt'> & { createdAt?: string };

function signedBytes(text: string): Uint8Array {
  return concatBytes(utf8('zbenrol-v1\n'), utf8(text));
}

/** The enrolment file's text, signed with the central office's key. */
export async function encodeEnrolment(input: EnrolmentInput, centralKeys: KeySet): Promise<string> {
  const enrolment: Enrolment = {
    format: 'zbenrol',
    version: 1,
    branchId: input.branchId,
    branchName: input.branchName,
    centralId: input.centralId,
    centralName: input.centralName,
    centralPublicKeys: centralKeys.publicKeys,
    ruleSet: input.ruleSet,
    createdAt: input.createdAt ?? new Date().toISOString(),
  };
  const text = JSON.stringify(enrolment);
  const file: EnrolmentFile = { format: 'zbenrol', version: 1, enrolment: text, signature: toBase64(await signBytes(signedBytes(text), centralKeys.signingPrivateKey)) };
  return JSON.stringify(file, null, 2);
}

function invalid(zh: string, en: string): PackageError {
  return new PackageError('enrolment-invalid', detail(zh, en));
}

function parseJson(text: string, zh: string, en: string): unknown {
  try {
    return parseStrictJson(text);
  } catch {
    throw invalid(zh, en);
  }
}

/**
 * The enrolment in a file, its signature checked against the central key it names. That
 * proves the file is whole, not who made it: the branch shows the central office's
 * fingerprint for a person to compare by phone before trusting it.
 */
export async function decodeEnrolment(text: string): Promise<Enrolment> {
  const file = parseJson(text, '不是有效的 JSON', 'not valid JSON');
  if (!isRecord(file) || file.format !== 'zbenrol' || file.version !== 1 || typeof file.enrolment !== 'string' || typeof file.signature !== 'string') {
    throw invalid('不是登记文件', 'not an enrolment file');
  }
  const enrolment = parseJson(file.enrolment, '登记内容不是有效的 JSON', 'enrolment is not valid JSON');
  if (!isRecord(enrolment) || enrolment.format !== 'zbenrol' || enrolment.version !== 1) throw invalid('登记内容格式有误', 'enrolment content');
  for (const field of ['branchId', 'branchName', 'centralId', 'centralName', 'createdAt'] as const) {
    if (!isText(enrolment[field])) throw invalid(`缺少 ${field}`, `field ${field}`);
  }
  if (!('ruleSet' in enrolment)) throw invalid('缺少规则', 'field ruleSet');
  const centralKeys = await asPublicKeySet(enrolment.centralPublicKeys);
  if (!centralKeys) throw invalid('中心公钥无效', 'central public keys');
  const signature = fromBase64(file.signature);
  if (!signature || !(await verifyBytes(signedBytes(file.enrolment), signature, centralKeys.signing))) throw invalid('签名校验失败', 'signature does not verify');
  return enrolment as unknown as Enrolment;
}
