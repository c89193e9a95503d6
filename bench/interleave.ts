/**
 * Runs every entry once per round, in an order rotated from round to round, and collects each
 * entry's results. On a shared machine the load moves within a minute; interleaving makes the
 * entries (a build and its baseline, or two builds) share its busy and quiet spells, and
 * rotating keeps any of them from always coming first in a round (after another's process) or
 * last. This is the bench's one way of comparing: the cold start against the minimal page, and
 * with BENCH_COMPARE any part that supports it against another build.
 */
export async function interleaved<T>(rounds: number, entries: number, run: (entry: number, round: number) => Promise<T>): Promise<T[][]> {
  const results = Array.from({ length: entries }, () => [] as T[]);
  for (let round = 0; round < rounds; round += 1) {
    for (let turn = 0; turn < entries; turn += 1) {
      const entry = (round + turn) % entries;
      results[entry]!.push(await run(entry, round));
    }
  }
  return results;
}
