import { compareHlc, decodeHlc, encodeHlc, tickHlc } from './hlc';

/**
 * The order of the packages one sender makes for one receiver, by their manifests'
 * `createdHlc` (docs/sync-format.md, "Older packages").
 *
 * Sequence numbers cannot order them: an empty package (a return with nothing but its
 * acknowledgement and rule set) has no numbers of its own, and two empty returns made one
 * after the other cover the same empty range. So every package gets a stamp later than the
 * one the sender made before for the same receiver, even when the PC's clock was set back,
 * and the receiver lets only a package at least as new as the newest it imported move what
 * a package states as a whole (acknowledgement, rule set).
 */

/** The stamp of a new package: the wall time, or one step after the last package made for the same receiver when the clock has not moved past it. */
export function nextPackageStamp(lastSent: string | undefined, nowMs: number, node: string): string {
  const last = lastSent ? { ...decodeHlc(lastSent), node } : { wallMs: 0, counter: 0, node };
  return encodeHlc(tickHlc(last, nowMs));
}

/** True when a package was made before the newest one already imported from its sender (unknown: false, as before any was stamped). */
export function isOlderPackage(createdHlc: string, newestImported: string | undefined): boolean {
  return newestImported !== undefined && compareHlc(decodeHlc(createdHlc), decodeHlc(newestImported)) < 0;
}

/** The later of two package stamps, either possibly unknown. */
export function laterPackageStamp(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareHlc(decodeHlc(a), decodeHlc(b)) >= 0 ? a : b;
}
