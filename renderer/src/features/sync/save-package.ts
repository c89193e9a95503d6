import { getPlatform } from '../../platform';
import type { OutgoingPackage } from './data/export-package';
import { packageExporter } from './data/sync-repository';

export interface SavedPackage {
  location: string;
  /** True when the file was read back from the stick and its hash matched (desktop). */
  verified: boolean;
}

/**
 * Writes a package through the platform (desktop: the bridge's atomic writer into a chosen
 * folder, read back and hashed; browser: a download), then records it as sent. Null when
 * the user cancelled the folder dialog.
 */
export async function savePackage(pkg: OutgoingPackage, title: string): Promise<SavedPackage | null> {
  const saved = await getPlatform().saveFile(pkg.fileName, pkg.bytes, { title });
  if (!saved) return null;
  await packageExporter.recordSaved(pkg, saved.verifiedSha256);
  return { location: saved.location, verified: saved.verifiedSha256 !== undefined };
}
