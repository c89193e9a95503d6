/**
 * Today's automatic backup runs once per start of the app. A run that found no data yet is
 * run again when asked again (the first roster came in). Asked while a run is under way — the
 * first data came in while it waited — the run looks once more if it found none: otherwise a
 * roster imported in those seconds would get no backup until the next start.
 */
export function dailyRunner<Result extends { status: string }>(task: () => Promise<Result>): () => Promise<Result> {
  let current: Promise<Result> | undefined;
  let last: Result | undefined;
  let running = false;
  let askedWhileRunning = false;
  return () => {
    if (running) {
      askedWhileRunning = true;
      return current!;
    }
    if (current && last?.status !== 'no-data') return current;
    running = true;
    current = (async () => {
      try {
        let result: Result;
        do {
          askedWhileRunning = false;
          result = await task();
        } while (result.status === 'no-data' && askedWhileRunning);
        last = result;
        return result;
      } finally {
        running = false;
      }
    })();
    return current;
  };
}
