import { readFileSync, readdirSync } from 'node:fs';
import { loadKeyFile } from '../../shared/sync/cli/identity-file';
import { fromBase64, toBase64 } from '../../shared/sync/bytes';
import { ECDH, subtle } from '../../shared/sync/subtle';
import type { PackageEntropy } from '../../shared/sync/package-crypto';
import { verifyManifest } from '../../shared/sync/package-crypto';
import type { KeySet, PackageManifest, PrivateJwk, PublicJwk, SyncChange } from '../../shared/sync/types';

/**
 * The published test vectors (docs/test-vectors/): read by the app in one direction and
 * reproduced byte for byte by its writer in the other (test/unit/shared/sync/test-vectors.test.ts).
 */
export const VECTOR_ROOT = new URL('../../docs/test-vectors/', import.meta.url);

/** What a vector's expected.json holds (docs/test-vectors/README.md). */
export interface VectorExpectation {
  description: string;
  sender: string;
  receiver: string;
  expectedKind: PackageManifest['kind'];
  packageHash: string;
  manifest: PackageManifest;
  packageKey: string;
  parts: { name: string; additionalData: string; plaintext: string }[];
  changes: SyncChange[];
  attachments: { id: string; bytes: string }[];
  acknowledgement?: unknown;
  ruleSet?: unknown;
  writerInputs: { chunkBytes: number; randomBytes: string[]; ephemeralPrivateKey: PrivateJwk; signature: string };
}

export function vectorNames(): string[] {
  return readdirSync(VECTOR_ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d\d-/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

export function readVector(name: string): { bytes: Uint8Array; expected: VectorExpectation } {
  return {
    bytes: new Uint8Array(readFileSync(new URL(`${name}/package.zbpkg`, VECTOR_ROOT))),
    expected: JSON.parse(readFileSync(new URL(`${name}/expected.json`, VECTOR_ROOT), 'utf8')) as VectorExpectation,
  };
}

/** A demo identity of the vectors (private keys in clear: demonstration only). */
export async function vectorKeys(party: string): Promise<KeySet> {
  const loaded = await loadKeyFile(readFileSync(new URL(`keys/${party}.identity.json`, VECTOR_ROOT), 'utf8'));
  if (loaded?.kind !== 'own') throw new Error(`docs/test-vectors/keys/${party}.identity.json is not a demo identity`);
  return loaded.keys;
}

async function importEphemeral(jwk: PrivateJwk) {
  const publicJwk: PublicJwk = { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
  return {
    privateKey: await subtle().importKey('jwk', jwk, ECDH, true, ['deriveBits']),
    publicKey: await subtle().importKey('jwk', publicJwk, ECDH, true, []),
  };
}

/** The randomness a vector was written with, handed out in the order the writer asks for it. */
export function recordedEntropy(inputs: VectorExpectation['writerInputs']): PackageEntropy & { left(): number } {
  const queue = inputs.randomBytes.map((text) => fromBase64(text)!);
  return {
    randomBytes(length) {
      const next = queue.shift();
      if (!next || next.length !== length) throw new Error(`vector randomness: asked for ${length} bytes, recorded ${next?.length ?? 'none'}`);
      return next;
    },
    ephemeralKeyPair: () => importEphemeral(inputs.ephemeralPrivateKey),
    left: () => queue.length,
  };
}

/** Fresh randomness that remembers what it gave, for writing a new vector. */
export function recordingEntropy(): PackageEntropy & { recorded: string[]; ephemeral?: PrivateJwk } {
  const recorded: string[] = [];
  const entropy: PackageEntropy & { recorded: string[]; ephemeral?: PrivateJwk } = {
    recorded,
    randomBytes(length) {
      const bytes = crypto.getRandomValues(new Uint8Array(length));
      recorded.push(toBase64(bytes));
      return bytes;
    },
    async ephemeralKeyPair() {
      const pair = await subtle().generateKey(ECDH, true, ['deriveBits']);
      const jwk = await subtle().exportKey('jwk', pair.privateKey);
      entropy.ephemeral = { kty: 'EC', crv: 'P-256', x: String(jwk.x), y: String(jwk.y), d: String(jwk.d) };
      return pair;
    },
  };
  return entropy;
}

/**
 * ECDSA in WebCrypto is randomised, so a vector's signature cannot be made again: the writer is
 * given the recorded one, which must verify over exactly the manifest bytes it produced.
 */
export function recordedSignature(signature: string, senderSigningKey: PublicJwk) {
  return async (manifestBytes: Uint8Array): Promise<Uint8Array> => {
    const bytes = fromBase64(signature)!;
    if (!(await verifyManifest(manifestBytes, bytes, senderSigningKey))) throw new Error('the recorded signature does not verify over the manifest the writer produced');
    return bytes;
  };
}
