/** min / median / max of repeated runs: the median is the figure, the spread says how noisy the machine was. */
export interface Spread {
  min: number;
  median: number;
  max: number;
  runs: number[];
}

export function spread(runs: readonly number[]): Spread {
  const sorted = [...runs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { min: sorted[0]!, median, max: sorted[sorted.length - 1]!, runs: [...runs] };
}

export async function repeat(times: number, run: () => Promise<number> | number): Promise<Spread> {
  const results: number[] = [];
  for (let index = 0; index < times; index += 1) results.push(await run());
  return spread(results);
}

/** Time of a synchronous or asynchronous body in ms. */
export async function timed(body: () => unknown): Promise<number> {
  return (await timedValue(async () => body())).ms;
}

/** Time of an asynchronous body in ms, with what it returned. */
export async function timedValue<T>(body: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await body();
  return { ms: performance.now() - start, value };
}
