import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Screenshots land here (git-ignored) for a person to look at. */
export function outputPath(fileName: string): string {
  const dir = fileURLToPath(new URL('../../output/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  return `${dir}${fileName}`;
}
