import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession } from 'playwright-core';

/**
 * CPU time instead of wall time, for comparing builds on a loaded machine: the wall time grows
 * with other people's load, the CPU a span used much less.
 */

/** The page's main-thread CPU time (ms) so far, from Chromium's Performance metrics (`Performance.enable` first). */
export async function pageThreadMs(session: CDPSession): Promise<number> {
  const { metrics } = await session.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'ThreadTime')!.value * 1000;
}

/**
 * CPU time (ms) of every Chromium process started on this profile, from /proc (10 ms ticks):
 * it counts the browser process's IndexedDB work, which the page's thread does not see. 0 where
 * /proc is not there.
 */
export function chromiumCpuMs(profileDir: string): number {
  let ticks = 0;
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profileDir)) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks * 10;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** The 25 functions (and idle and GC pseudo-nodes) with the most self time over a CPU profile's samples. */
export function selfTimeSummary(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${path.basename(frame.url)}:${frame.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000);
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([name, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${name}`)
    .join('\n');
}

/** A CPU profile of the page's thread around a span: written to `dir/label.cpuprofile`, its summary returned. */
export function pageProfile(session: CDPSession, dir: string, label: string): { start(): Promise<void>; stop(): Promise<string> } {
  return {
    start: async () => {
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 200 });
      await session.send('Profiler.start');
    },
    stop: async () => {
      const { profile } = await session.send('Profiler.stop');
      writeFileSync(path.join(dir, `${label}.cpuprofile`), JSON.stringify(profile));
      return `${label}:\n${selfTimeSummary(profile as never)}`;
    },
  };
}
