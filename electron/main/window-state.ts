/** Window size and position, remembered between runs. */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };
export const MIN_WINDOW_SIZE = { width: 1024, height: 640 } as const;

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Reads the saved state, falling back to defaults for anything unreadable. A saved
 * position is kept only if the window would still be visible on one of the current
 * displays: a PC that lost its second monitor must not open the app off-screen.
 */
export function restoreWindowState(saved: string | undefined, workAreas: Rectangle[]): WindowState {
  let raw: Partial<WindowState> = {};
  try {
    const parsed: unknown = saved ? JSON.parse(saved) : {};
    // A damaged file can hold valid JSON that is no object at all ("null", "42").
    raw = parsed !== null && typeof parsed === 'object' ? (parsed as Partial<WindowState>) : {};
  } catch {
    raw = {};
  }
  const width = isFiniteNumber(raw.width) ? Math.max(MIN_WINDOW_SIZE.width, Math.round(raw.width)) : DEFAULT_WINDOW_STATE.width;
  const height = isFiniteNumber(raw.height) ? Math.max(MIN_WINDOW_SIZE.height, Math.round(raw.height)) : DEFAULT_WINDOW_STATE.height;
  const state: WindowState = { width, height, maximized: raw.maximized === true };
  if (isFiniteNumber(raw.x) && isFiniteNumber(raw.y)) {
    const bounds = { x: Math.round(raw.x), y: Math.round(raw.y), width, height };
    if (workAreas.some((area) => titleBarVisible(bounds, area))) {
      state.x = bounds.x;
      state.y = bounds.y;
    }
  }
  return state;
}

/** At least 100 px of the top strip, where the user grabs the window, lies inside the area. */
function titleBarVisible(window: Rectangle, area: Rectangle): boolean {
  const strip = { x: window.x, y: window.y, width: window.width, height: 30 };
  const w = Math.min(strip.x + strip.width, area.x + area.width) - Math.max(strip.x, area.x);
  return w >= 100 && window.y >= area.y && window.y < area.y + area.height - 30;
}

export function serializeWindowState(state: WindowState): string {
  return JSON.stringify(state);
}
