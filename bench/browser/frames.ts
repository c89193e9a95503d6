/** Frame intervals from requestAnimationFrame while the benchmark scrolls a list. */
let frames: number[] = [];
let running = false;

export function startFrames(): void {
  frames = [];
  running = true;
  const tick = (time: number) => {
    frames.push(time);
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export interface FrameStats {
  frames: number;
  fps: number;
  medianMs: number;
  p95Ms: number;
  worstMs: number;
  /** Table rows in the DOM: a virtual list keeps this near a screenful whatever the length. */
  renderedRows: number;
  scrollTop: number;
}

export function stopFrames(): FrameStats {
  running = false;
  const intervals = frames.slice(1).map((time, index) => time - frames[index]!).sort((a, b) => a - b);
  const duration = frames.length > 1 ? frames[frames.length - 1]! - frames[0]! : 0;
  const at = (share: number) => intervals[Math.min(intervals.length - 1, Math.floor(intervals.length * share))] ?? 0;
  const holder = document.querySelector('.ant-table-tbody-virtual-holder, .ant-table-body');
  return {
    frames: intervals.length,
    fps: duration ? (intervals.length * 1000) / duration : 0,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    worstMs: intervals[intervals.length - 1] ?? 0,
    renderedRows: document.querySelectorAll('.ant-table-row').length,
    scrollTop: holder?.scrollTop ?? 0,
  };
}
