/** The sync API for the app: package format, keys, clock, import planning (docs/sync-format.md). */
export * from './types';
export { PackageError, PACKAGE_ERROR_MESSAGES } from './errors';
export { MAX_CLOCK_SKEW_MS, compareHlc, decodeHlc, encodeHlc, initialHlc, parseHlc, receiveHlc, tickHlc } from './hlc';
export {
  asPublicKeySet,
  exportPrivateKeys,
  exportPublicKeys,
  fingerprint,
  generateSigningAndEncryptionKeys,
  importKeySet,
  keyIdOf,
  sealKeySet,
  type PrivateJwks,
} from './keys';
export { BACKUP_PBKDF2_ITERATIONS, unwrapPrivateKeysWithPassphrase, wrapPrivateKeysWithPassphrase } from './key-backup';
export { KDF_BOUNDS, PBKDF2_ITERATIONS, passphraseKey, readPbkdf2Parameters, type Pbkdf2Json, type Pbkdf2Parameters } from './kdf';
export { FORMAT_VERSION, OLDEST_READABLE_FORMAT_VERSION } from './manifest';
export { encodePackage, type EncodeOptions } from './package-encode';
export { decodePackage, inspectManifest, verifyPackageSignature } from './package-decode';
export { countByTable } from './payload-check';
export { compareCounts, type CountComparison, type CountStatus, type TableCountCheck } from './count-check';
export { EMPTY_STREAM, advanceStream, checkSequence } from './sequence';
export { planImport, recordKey } from './plan-import';
export { decodeEnrolment, encodeEnrolment, type EnrolmentFile, type EnrolmentInput } from './enrolment';
export { PACKAGE_LIMITS } from './limits';
