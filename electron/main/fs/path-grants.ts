import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { errnoOf } from './fs-errors';

/**
 * The real path of `target`: every link resolved in the part that exists; the part that does
 * not exist yet (a file about to be written) is appended as named.
 */
export async function realPathOf(target: string, resolveReal: (existing: string) => Promise<string> = realpath): Promise<string> {
  const missing: string[] = [];
  let existing = path.resolve(target);
  for (;;) {
    try {
      return path.join(await resolveReal(existing), ...missing);
    } catch (error) {
      const parent = path.dirname(existing);
      if (errnoOf(error) !== 'ENOENT' || parent === existing) throw error;
      missing.unshift(path.basename(existing));
      existing = parent;
    }
  }
}

/**
 * The renderer may only read or write where the user pointed in a dialog during
 * this session. A compromised renderer therefore cannot read arbitrary files
 * through the bridge. Grants and requests are compared as real paths, so a link on
 * the stick (`usb/dirlink -> /home/…`) does not carry a grant out of its folder.
 */
export class PathGrants {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();

  constructor(private readonly realPath: (target: string) => Promise<string> = realPathOf) {}

  async grantFile(file: string): Promise<void> {
    this.files.add(await this.realPath(file));
  }

  async grantFolder(folder: string): Promise<void> {
    this.folders.add(await this.realPath(folder));
  }

  /** The real path of `target` when it is a granted file or lies inside a granted folder; null otherwise. */
  async check(target: string): Promise<string | null> {
    const real = await this.realPath(target);
    return this.covers(real) ? real : null;
  }

  /** A granted file, or anything inside a granted folder (`real` is a real path). */
  covers(real: string): boolean {
    if (this.files.has(real)) return true;
    for (const folder of this.folders) {
      const relative = path.relative(folder, real);
      // '..' or '../…' climbs out; a name that merely starts with two dots ('..backup') does not.
      const escapes = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
      if (!escapes) return true;
    }
    return false;
  }
}
