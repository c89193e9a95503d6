import path from 'node:path';

/**
 * The renderer may only read or write where the user pointed in a dialog during
 * this session. A compromised renderer therefore cannot read arbitrary files
 * through the bridge.
 */
export class PathGrants {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();

  grantFile(file: string): void {
    this.files.add(path.resolve(file));
  }

  grantFolder(folder: string): void {
    this.folders.add(path.resolve(folder));
  }

  /** A granted file, or anything inside a granted folder. */
  allows(target: string): boolean {
    const resolved = path.resolve(target);
    if (this.files.has(resolved)) return true;
    for (const folder of this.folders) {
      const relative = path.relative(folder, resolved);
      // '..' or '../…' climbs out; a name that merely starts with two dots ('..backup') does not.
      const escapes = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
      if (!escapes) return true;
    }
    return false;
  }
}

const FORBIDDEN_NAME_CHARACTERS = /[\\/:*?"<>|\u0000-\u001f]/;
const WINDOWS_RESERVED_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** A bare file name that is valid on Windows and Linux alike (USB sticks move between them). */
export function isSafeFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 200 &&
    name !== '.' &&
    name !== '..' &&
    !FORBIDDEN_NAME_CHARACTERS.test(name) &&
    !WINDOWS_RESERVED_NAMES.test(name) &&
    !/[. ]$/.test(name)
  );
}
