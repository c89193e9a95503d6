/** Chromium's JS heap in use (precise with --enable-precise-memory-info), sampled by the code under test. */
export function heapUsed(): number {
  return (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
}

/** A full collection, when Chromium runs with --js-flags=--expose-gc. */
function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Two peaks: the heap in use as sampled (garbage not yet collected included: what the
 * process really reaches), and what stays after a full collection every `everyN` samples
 * (what the code holds on to).
 */
export class PeakHeap {
  peak: number;
  retained: number;
  private samples = 0;

  constructor(private readonly everyN = 10) {
    collect();
    this.peak = heapUsed();
    this.retained = this.peak;
  }

  sample(): void {
    this.peak = Math.max(this.peak, heapUsed());
    this.samples += 1;
    if (this.samples % this.everyN === 0) {
      collect();
      this.retained = Math.max(this.retained, heapUsed());
    }
  }
}
