/**
 * The three sizes the app must stay fast at: one branch's PC, a hospital's central office
 * holding every branch for years, and a city health system's for a year.
 */
export interface ScaleSpec {
  branches: number;
  /** Roster records in all, pipeline people included. */
  members: number;
  /** Calendar years of records, ending with the year of the generator's `today`. */
  years: number;
}

export const SCALES = {
  branch: { branches: 1, members: 40, years: 5 },
  hospital: { branches: 150, members: 3_000, years: 5 },
  city: { branches: 2_000, members: 24_000, years: 1 },
} as const satisfies Record<string, ScaleSpec>;

export type ScaleName = keyof typeof SCALES;

export function isScaleName(name: string): name is ScaleName {
  return Object.hasOwn(SCALES, name);
}
