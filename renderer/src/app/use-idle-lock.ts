import { useEffect } from 'react';
import { idleLockDue } from '../../../shared/lock/app-lock';

/** What counts as someone using the app. */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
/** How often the idle time is checked: a lock comes at most this late. */
const CHECK_EVERY_MS = 15_000;

/**
 * Calls `lock` once the app has not been used for `idleMinutes` (never with null). Time is
 * read from Date.now() and the timer, so a test moves them with an injected clock.
 */
export function useIdleLock(idleMinutes: number | null, active: boolean, lock: () => void): void {
  useEffect(() => {
    if (!active || idleMinutes === null) return;
    let lastActivity = Date.now();
    const touch = () => {
      lastActivity = Date.now();
    };
    for (const event of ACTIVITY_EVENTS) window.addEventListener(event, touch, { passive: true, capture: true });
    const timer = setInterval(() => {
      if (idleLockDue(lastActivity, Date.now(), idleMinutes)) lock();
    }, CHECK_EVERY_MS);
    return () => {
      clearInterval(timer);
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, touch, { capture: true });
    };
  }, [idleMinutes, active, lock]);
}
