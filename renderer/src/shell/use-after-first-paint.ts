import { useEffect, useState } from 'react';

/**
 * Calls `then` once the browser has painted what is on screen now: the frame that shows
 * the current commit, then the task after it. Returns a cancel. Work a screen does not
 * need for its first sight (checks, panels below it) waits here instead of delaying it.
 */
export function afterNextPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(then, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** False on the first render, true once that render has been painted. */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => setPainted(true)), []);
  return painted;
}
