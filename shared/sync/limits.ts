/**
 * Bounds a package must stay within before anything in it is read further. They guard
 * against damaged or hostile files (zip bombs, huge declared sizes) while leaving ample
 * room for a branch's real data: years of records are a few megabytes, and attachments
 * are scanned sign-in sheets and photos.
 */
export const PACKAGE_LIMITS = {
  /** Whole file. */
  maxPackageBytes: 1024 * 1024 * 1024,
  /** Entries in the archive (manifest, signature and parts). */
  maxEntries: 20_000,
  /** manifest.json: ids, hashes and sizes of up to maxEntries parts. */
  maxManifestBytes: 8 * 1024 * 1024,
  /** One payload part (the largest attachment). */
  maxPartBytes: 256 * 1024 * 1024,
  /** One NDJSON line (one record). */
  maxLineChars: 4 * 1024 * 1024,
} as const;

/** Plaintext size of one changes chunk; chunks are cut at byte boundaries (see docs/sync-format.md). */
export const CHANGES_CHUNK_BYTES = 256 * 1024;
