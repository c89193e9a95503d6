/**
 * The sync seam: the types that the package format (shared/sync), the app's change
 * tracking and its import/export screens share. The wire format they describe is
 * written down in docs/sync-format.md; keep the two in step.
 *
 * Everything a package carries is plain JSON (plus attachment bytes), so that a
 * package made on one PC decodes unchanged on another, in Node or in Chromium.
 */

// ---------------------------------------------------------------- clock

/** A hybrid logical clock stamp: wall time, a counter for stamps within one millisecond, the node. */
export interface Hlc {
  /** Milliseconds since the epoch, as the node's clock (or a later stamp it saw) read it. */
  wallMs: number;
  /** Orders stamps that share a wallMs. */
  counter: number;
  /** Node id: the branch id, or the central office id. */
  node: string;
}

/** The result of receiving a remote stamp: the new local clock, and a warning when the two clocks disagree. */
export interface HlcReceipt {
  clock: Hlc;
  /** Present when the remote stamp is further from the local wall clock than the allowed skew. */
  skew?: ClockSkewWarning;
}

export interface ClockSkewWarning {
  /** Remote stamp minus local wall clock, in ms: positive when the other PC's clock runs ahead. */
  skewMs: number;
  node: string;
  /** Chinese, for the screen. */
  message: string;
}

// ---------------------------------------------------------------- changes

/**
 * One change to one record, as it travels. Writes are numbered per stream (one origin
 * sending to one receiver): a branch has one stream (to the central office); the central
 * office numbers its writes for each branch separately, so that every branch sees a
 * contiguous sequence. The changes of one write share its seq, and a package carries only
 * the latest version of each record changed in its range (seqs may repeat and skip inside it).
 */
export interface SyncChange {
  /** A synced table name (members, meetings, …). */
  table: string;
  /** Record id. */
  id: string;
  /** Encoded HLC of this change (see encodeHlc), sortable as a string. */
  hlc: string;
  /** Node id (branch id or central office id) that made the change. */
  origin: string;
  /** The origin's sequence number of the write that made this version, in its stream to the receiver: 1, 2, 3, … */
  seq: number;
  /** HLC of the version this change was made on; null when the change created the record. */
  baseHlc: string | null;
  /**
   * Top-level fields this change set, compared with the version it was made on (all fields
   * for a create; ['deleted'] for a delete). Used to tell colliding edits from independent ones.
   */
  changedFields: string[];
  /** The full record after the change. A delete is a tombstone: `deleted: true`, never an absence. */
  record: Record<string, unknown>;
}

/** What a PC keeps about the last change applied to a record, so that an incoming change can be compared with it. */
export interface RecordSyncState {
  record: Record<string, unknown>;
  hlc: string;
  origin: string;
  baseHlc: string | null;
  /** Fields changed here since the version the other side last saw (for a record untouched here, the last change's fields). */
  changedFields: string[];
}

/** Key of a record in the maps planImport reads: `${table}/${id}` (see recordKey). */
export type RecordKey = string;

/** What is already applied, per origin: the highest sequence number imported from it. */
export type SeenState = Record<string, number>;

/** One field that two sides changed independently. Both values are kept; the later HLC is applied. */
export interface SyncConflict {
  table: string;
  id: string;
  field: string;
  localValue: unknown;
  localHlc: string;
  localOrigin: string;
  incomingValue: unknown;
  incomingHlc: string;
  incomingOrigin: string;
  /** Which value was applied (the later HLC); the other waits in the conflict list for a person to decide. */
  applied: 'local' | 'incoming';
}

/** One write the import will make: the record as it will be stored and the state to keep with it. */
export interface PlannedWrite {
  table: string;
  id: string;
  /** Stored version before the import; absent for a record new to this PC. */
  before?: Record<string, unknown>;
  after: Record<string, unknown>;
  state: RecordSyncState;
}

/** A change the import leaves alone, and why. */
export interface SkippedChange {
  table: string;
  id: string;
  seq: number;
  origin: string;
  /** already-imported: its seq or its version is here; older-than-local: a later version is here. */
  reason: 'already-imported' | 'older-than-local';
}

/** What importing a package's changes will do, before anything is written. */
export interface ImportPlan {
  /** Records new to this PC (including ones that arrive already deleted). */
  added: PlannedWrite[];
  /** Existing records whose content changes. */
  changed: PlannedWrite[];
  /** Existing records that become tombstones. */
  deleted: PlannedWrite[];
  unchanged: SkippedChange[];
  conflicts: SyncConflict[];
  /** Highest seq per origin once the plan is applied: store it in the same transaction. */
  seen: SeenState;
}

// ---------------------------------------------------------------- sequence

/** What a receiver remembers about one sender's stream. */
export interface SenderStreamState {
  /** Highest change seq imported from this sender (0 before the first package). */
  lastSeq: number;
  /** Ids of packages already imported from this sender. */
  seenPackageIds: readonly string[];
}

export type SequenceCheck =
  /** newFrom: the first seq not yet imported; changes below it are already here (a re-sent overlap). */
  | { status: 'ok'; newFrom: number }
  /** Changes missingFrom..missingTo never arrived: quarantine the package until they do. */
  | { status: 'gap'; missingFrom: number; missingTo: number; message: string }
  /** Everything in the package is already imported: importing it changes nothing. */
  | { status: 'replay'; message: string };

// ---------------------------------------------------------------- keys

/** A public JSON Web Key for P-256 (signing or key agreement). Plain JSON, so it can travel in a package. */
export interface PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

/** A private P-256 JWK (as exported for a passphrase-protected backup). */
export interface PrivateJwk extends PublicJwk {
  d: string;
}

/** A party's public keys: what the other side stores and trusts. */
export interface PublicKeySet {
  /** Hex, derived from both public keys (see keyId in keys.ts). */
  keyId: string;
  /** ECDSA P-256: checks the party's signatures. */
  signing: PublicJwk;
  /** ECDH P-256: wraps package keys to the party. */
  encryption: PublicJwk;
}

/**
 * A WebCrypto key handle. Declared structurally, so that the DOM's and Node's CryptoKey both fit
 * and shared/ needs neither library's types.
 */
export interface SyncCryptoKey {
  readonly type: string;
  readonly extractable: boolean;
  readonly algorithm: object;
  readonly usages: readonly string[];
}

/** A party's own keys (private halves included). Stays on its PC; backed up only under a passphrase. */
export interface KeySet {
  publicKeys: PublicKeySet;
  signingPrivateKey: SyncCryptoKey;
  encryptionPrivateKey: SyncCryptoKey;
}

/** A key backup file's content: private keys encrypted under a passphrase (PBKDF2-SHA-256 + AES-256-GCM). */
export interface KeyBackup {
  format: 'zbkey';
  version: 1;
  keyId: string;
  publicKeys: PublicKeySet;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  /** Base64 of the encrypted JSON { signing: PrivateJwk, encryption: PrivateJwk }. */
  ciphertext: string;
}

// ---------------------------------------------------------------- package

export const PACKAGE_KINDS = ['branch-report', 'central-return'] as const;
export type PackageKind = (typeof PACKAGE_KINDS)[number];

export const PART_KINDS = ['changes', 'attachment', 'extras'] as const;
export type PartKind = (typeof PART_KINDS)[number];

/** One encrypted payload part inside the zip. */
export interface PackagePart {
  /** Path inside the zip, e.g. 'payload/changes-0001.bin'. */
  name: string;
  kind: PartKind;
  /** Lower-case hex SHA-256 of the part's ciphertext (the bytes in the zip). */
  sha256: string;
  /** Ciphertext length in bytes. */
  bytes: number;
  /** Plaintext length in bytes (bounded before decrypting, against huge declared sizes). */
  plainBytes: number;
  /** Base64 of the 12-byte AES-GCM nonce of this part. */
  iv: string;
  /** For an attachment part: the attachment id. */
  attachmentId?: string;
}

/** The package key, wrapped to the receiver: ECDH P-256 (ephemeral-static) + HKDF-SHA-256 -> AES-256-GCM. */
export interface WrappedKey {
  ephemeralPublicKey: PublicJwk;
  /** Base64 HKDF salt. */
  salt: string;
  /** Base64 AES-GCM nonce. */
  iv: string;
  /** Base64 of the encrypted 32-byte package key. */
  wrappedKey: string;
}

/** manifest.json: what a package is, readable without keys; signed by the sender. */
export interface PackageManifest {
  /** Package format version (FORMAT_VERSION when written). */
  formatVersion: number;
  /** The app's database schema version at the sender. */
  schemaVersion: number;
  /** UUID of this package. */
  packageId: string;
  kind: PackageKind;
  senderId: string;
  senderName: string;
  receiverId: string;
  /** keyId of the sender's PublicKeySet: the key that signed this manifest. */
  senderKeyId: string;
  /** keyId of the receiver's PublicKeySet: the key the package key is wrapped to. */
  receiverKeyId: string;
  /**
   * The sender's public keys (public, so they may travel in clear). Trusted only when the
   * receiver already trusts senderKeyId, or when a person confirms their fingerprint on first
   * contact (a branch's first package).
   */
  senderPublicKeys: PublicKeySet;
  /** The sender's contiguous range of writes in this stream; an empty package has seqTo = seqFrom - 1. */
  seqFrom: number;
  seqTo: number;
  /** SHA-256 (hex) of the previous package file from this sender to this receiver; null for the first. */
  prevPackageHash: string | null;
  /** ISO 8601 instant, sender's clock. */
  createdAt: string;
  /** Encoded HLC of the sender when it wrote the package. */
  createdHlc: string;
  /** Changes per table in this package. */
  counts: Record<string, number>;
  /** Total changes (the sum of counts). */
  changeCount: number;
  attachmentCount: number;
  parts: PackagePart[];
  wrappedKey: WrappedKey;
}

/** The manifest fields a caller chooses; the encoder fills in ids, counts, parts and keys. */
export type ManifestFields = Pick<
  PackageManifest,
  'schemaVersion' | 'kind' | 'senderId' | 'senderName' | 'receiverId' | 'seqFrom' | 'seqTo' | 'prevPackageHash' | 'createdHlc'
> & { packageId?: string; createdAt?: string };

/** Per-table counts the central office holds after an import, so the branch can detect divergence. */
export interface Acknowledgement {
  /** Every change up to this seq is imported: mark those delivered only now. */
  upToSeq: number;
  /** Live (not deleted) records per table held for this branch after the import. */
  counts: Record<string, number>;
  /** packageId of the last package imported from the branch. */
  packageId: string | null;
}

export interface PackageAttachment {
  id: string;
  bytes: Uint8Array;
}

/**
 * What a package carries, decoded. Reviews and notices from the central office travel as
 * changes (tables such as 'meetingReviews', 'notices') so they get clocks, sequence numbers
 * and idempotent import like every other record.
 */
export interface PackageBody {
  /** NDJSON chunks on the wire. */
  changes: SyncChange[];
  attachments: PackageAttachment[];
  /** Central office -> branch. */
  acknowledgement?: Acknowledgement;
  /** Central office -> branch: a new rule set (shared/rules RuleSet as JSON). */
  ruleSet?: unknown;
  /** Central office -> branch: its key rotation statement signed by the old key (shared/sync/key-rotation.ts), checked by the app. */
  keyRotation?: unknown;
}

export interface DecodedPackage {
  manifest: PackageManifest;
  body: PackageBody;
  /** Lower-case hex SHA-256 of the whole file: the next package's prevPackageHash. */
  packageHash: string;
  /** True when the sender's key was not trusted before and acceptNewSenderKey admitted it. */
  newSenderKey: boolean;
}

/** A public key set the receiver trusts, bound to the party it belongs to. */
export interface TrustedKey {
  partyId: string;
  publicKeys: PublicKeySet;
}

export interface DecodeOptions {
  /** This PC: its party id and keys. A package for another party or key is refused. */
  receiverId: string;
  receiverKeys: KeySet;
  /** Keys this PC trusts. A package signed by any other key is refused (unless acceptNewSenderKey admits it). */
  trustedKeys: readonly TrustedKey[];
  /**
   * First contact: asked when the signing key is not trusted. Return true only after a person
   * compared its fingerprint (the central office importing a branch's first package).
   */
  acceptNewSenderKey?: (senderId: string, keys: PublicKeySet) => boolean;
  /** The receiver's database schema version: a package from a newer schema is refused. */
  maxSchemaVersion?: number;
  /** The kind this receiver takes (the central office: branch reports; a branch: central returns). */
  expectedKind?: PackageKind;
}

// ---------------------------------------------------------------- enrolment

/** The enrolment file the central office gives a branch: who it is, whom to trust, which rules. */
export interface Enrolment {
  format: 'zbenrol';
  version: 1;
  branchId: string;
  branchName: string;
  centralId: string;
  centralName: string;
  centralPublicKeys: PublicKeySet;
  /** The current rule set (shared/rules RuleSet as JSON). */
  ruleSet: unknown;
  createdAt: string;
}

// ---------------------------------------------------------------- errors

/** Why a package (or enrolment file, or key backup) was refused. Messages per code live in errors.ts. */
export const PACKAGE_ERROR_CODES = [
  'not-a-package',
  'unsafe-archive',
  'too-large',
  'manifest-invalid',
  'format-too-new',
  'format-too-old',
  'schema-too-new',
  'unknown-sender-key',
  'bad-signature',
  'wrong-receiver',
  'part-missing',
  'part-hash-mismatch',
  'decrypt-failed',
  'payload-invalid',
  'count-mismatch',
  'sequence-invalid',
  'attachment-mismatch',
  'enrolment-invalid',
  'wrong-passphrase',
  'backup-invalid',
  'kdf-unsupported',
] as const;
export type PackageErrorCode = (typeof PACKAGE_ERROR_CODES)[number];
