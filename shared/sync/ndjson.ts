import { PackageError, detail } from './errors';
import { PACKAGE_LIMITS } from './limits';
import { parseStrictJson } from './strict-json';

/**
 * NDJSON in byte chunks. Writing serialises one item at a time and cuts the bytes at a
 * fixed size, so a chunk may end inside a line or a Chinese character; reading decodes
 * with a streaming TextDecoder, so a character split between chunks comes out whole and
 * the text is never held as one giant string.
 */

/**
 * NDJSON written one item at a time into chunks of exactly chunkBytes (the last one
 * shorter), handed to `emit` as each fills: for writers that receive items from a callback
 * (a database cursor) rather than an iterable.
 */
export class NdjsonChunker {
  private readonly encoder = new TextEncoder();
  private chunk: Uint8Array;
  private filled = 0;

  constructor(
    private readonly chunkBytes: number,
    private readonly emit: (chunk: Uint8Array) => void,
  ) {
    this.chunk = new Uint8Array(chunkBytes);
  }

  push(item: unknown): void {
    let line = this.encoder.encode(`${JSON.stringify(item)}\n`);
    while (line.length > 0) {
      const taken = Math.min(line.length, this.chunkBytes - this.filled);
      this.chunk.set(line.subarray(0, taken), this.filled);
      this.filled += taken;
      line = line.subarray(taken);
      if (this.filled === this.chunkBytes) {
        this.emit(this.chunk);
        this.chunk = new Uint8Array(this.chunkBytes);
        this.filled = 0;
      }
    }
  }

  end(): void {
    if (this.filled > 0) this.emit(this.chunk.subarray(0, this.filled));
    this.filled = 0;
  }
}

/** The items as NDJSON, cut into chunks of exactly chunkBytes (the last one shorter). */
export function* ndjsonChunks(items: Iterable<unknown>, chunkBytes: number): Generator<Uint8Array> {
  const ready: Uint8Array[] = [];
  const chunker = new NdjsonChunker(chunkBytes, (chunk) => ready.push(chunk));
  for (const item of items) {
    chunker.push(item);
    yield* ready.splice(0);
  }
  chunker.end();
  yield* ready.splice(0);
}

function invalid(zh: string, en: string): PackageError {
  return new PackageError('payload-invalid', detail(zh, en));
}

/** Reads NDJSON from chunks as they come; call push per chunk, then end. */
export class NdjsonReader {
  // fatal: bytes that are not UTF-8 are an error, not silently replaced characters;
  // ignoreBOM: a byte-order mark stays in the text, where the JSON check refuses it.
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private pending = '';
  private line = 0;
  readonly items: unknown[] = [];

  /** `maxLineChars`: a backup's lines hold whole attachments, larger than a package's records. */
  constructor(private readonly maxLineChars: number = PACKAGE_LIMITS.maxLineChars) {}

  push(chunk: Uint8Array): void {
    this.take(this.decode(chunk, true));
  }

  end(): unknown[] {
    this.take(this.decode(new Uint8Array(0), false));
    if (this.pending !== '') throw invalid('最后一行没有结束', 'the last line has no newline');
    return this.items;
  }

  private decode(chunk: Uint8Array, stream: boolean): string {
    try {
      return this.decoder.decode(chunk, { stream });
    } catch {
      throw invalid('不是有效的 UTF-8 文本', 'not valid UTF-8');
    }
  }

  /**
   * The chunk's complete lines parsed, the rest kept for the next chunk. Cut at each newline of
   * the chunk's own text: only the first line is joined to what the previous chunk left, so the
   * chunk (a part's 256 KB) is not copied into one string with it first, nor split into an array.
   */
  private take(text: string): void {
    const last = text.lastIndexOf('\n');
    const before = this.pending;
    this.pending = last === -1 ? before + text : text.slice(last + 1);
    if (this.pending.length > this.maxLineChars) throw new PackageError('too-large', detail('单条记录过大', 'one record is too large'));
    for (let start = 0, end = text.indexOf('\n'); start <= last; start = end + 1, end = text.indexOf('\n', start)) {
      const line = start === 0 && before !== '' ? before + text.slice(0, end) : text.slice(start, end);
      this.line += 1;
      try {
        this.items.push(parseStrictJson(line));
      } catch {
        throw invalid(`第 ${this.line} 行不是有效的 JSON`, `line ${this.line} is not valid JSON`);
      }
    }
  }
}
