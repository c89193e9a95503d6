import type { PackageErrorCode } from './types';

/** The text shown for each refusal: Chinese for the screen, English for logs and the command line. */
export const PACKAGE_ERROR_MESSAGES: Record<PackageErrorCode, { zh: string; en: string }> = {
  'not-a-package': { zh: '这不是支部工作台账的数据包（文件损坏或类型不对）。', en: 'Not a Branch Ledger package (damaged file or wrong type).' },
  'unsafe-archive': {
    zh: '数据包结构异常（文件损坏，或含有不安全的文件名、多余内容），已拒绝。',
    en: 'Damaged or unsafe archive structure (headers, entry names or extra entries).',
  },
  'too-large': { zh: '数据包超出允许的大小，已拒绝。', en: 'The package exceeds the allowed size.' },
  'manifest-invalid': { zh: '数据包清单不完整或有误，已拒绝。', en: 'The manifest is incomplete or invalid.' },
  'format-too-new': { zh: '此数据包由更新版本的软件生成，请先升级本软件再导入。', en: 'The package was written by a newer version: update the app first.' },
  'format-too-old': { zh: '此数据包的格式版本过旧，本软件已不再支持。', en: 'The package format is older than this app can read.' },
  'schema-too-new': { zh: '此数据包来自更新版本的数据结构，请先升级本软件再导入。', en: "The package comes from a newer database schema: update the app first." },
  'unknown-sender-key': {
    zh: '数据包的签名密钥不在信任列表中（发送方未登记或密钥已更换），已拒绝。',
    en: 'The signing key is not trusted for this sender (not enrolled, or the key changed).',
  },
  'bad-signature': { zh: '数据包签名校验失败：文件可能被篡改或损坏，已拒绝。', en: 'The signature does not verify: the file was altered or damaged.' },
  'wrong-receiver': { zh: '此数据包不是发给本单位的，不能导入。', en: 'The package is addressed to another receiver.' },
  'part-missing': { zh: '数据包内容不完整（缺少部分数据），请重新导出。', en: 'A payload part listed in the manifest is missing.' },
  'part-hash-mismatch': { zh: '数据包内容校验失败：文件可能被篡改或损坏，已拒绝。', en: 'A payload part does not match its hash: the file was altered or damaged.' },
  'decrypt-failed': {
    zh: '数据包无法解密：文件可能被篡改，或不是用本单位的密钥加密的。',
    en: 'The payload does not decrypt: altered, or not encrypted to this key.',
  },
  'payload-invalid': { zh: '数据包中的记录格式有误，已拒绝。', en: 'The records in the package are malformed.' },
  'count-mismatch': { zh: '数据包中的记录数量与清单不符，已拒绝。', en: 'The record counts do not match the manifest.' },
  'sequence-invalid': { zh: '数据包的序号范围与其中的记录不符，已拒绝。', en: 'The sequence range does not match the changes.' },
  'attachment-mismatch': {
    zh: '数据包中的附件与记录不符，已拒绝。',
    en: 'An attachment does not belong to a live attachment record of the package (size and SHA-256).',
  },
  'enrolment-invalid': { zh: '登记文件无效或签名校验失败。', en: 'The enrolment file is invalid or its signature does not verify.' },
  'wrong-passphrase': { zh: '口令不正确，无法恢复密钥。', en: 'Wrong passphrase: the keys cannot be restored.' },
  'backup-invalid': { zh: '密钥备份文件无效或已损坏。', en: 'The key backup file is invalid or damaged.' },
  'kdf-unsupported': {
    zh: '文件中的口令加密参数不受支持或超出允许范围，已拒绝读取：此文件不是本软件生成的，或已被改动。',
    en: 'The passphrase key-derivation parameters in the file are unsupported or out of bounds: not written by this app, or altered.',
  },
};

/** Why a package, enrolment file or key backup was refused. `message` is Chinese, for the user. */
export class PackageError extends Error {
  readonly code: PackageErrorCode;
  readonly englishMessage: string;

  /** `detail` names what exactly was wrong (a field, a range), in each language. */
  constructor(code: PackageErrorCode, detail?: { zh: string; en: string }) {
    const text = PACKAGE_ERROR_MESSAGES[code];
    super(detail ? `${text.zh}（${detail.zh}）` : text.zh);
    this.name = 'PackageError';
    this.code = code;
    this.englishMessage = detail ? `${text.en} (${detail.en})` : text.en;
  }
}

/** The same detail in both languages when it is only a name or number (a field, a part). */
export function detail(zh: string, en: string = zh): { zh: string; en: string } {
  return { zh, en };
}
