import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  MIN_WINDOW_SIZE,
  restoreWindowState,
  serializeWindowState,
  type Rectangle,
} from '../../../../electron/main/window-state';

const PRIMARY: Rectangle = { x: 0, y: 0, width: 1920, height: 1040 };
const LEFT_MONITOR: Rectangle = { x: -1920, y: 0, width: 1920, height: 1040 };

describe('restoreWindowState', () => {
  it('uses the defaults when nothing was saved', () => {
    expect(restoreWindowState(undefined, [PRIMARY])).toEqual(DEFAULT_WINDOW_STATE);
    expect(restoreWindowState('', [PRIMARY])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('uses the defaults for corrupt JSON', () => {
    for (const saved of ['{"width": 14', 'not json', '\u0000\u0000\u0000']) {
      expect(restoreWindowState(saved, [PRIMARY]), saved).toEqual(DEFAULT_WINDOW_STATE);
    }
  });

  it('uses the defaults for valid JSON that is not an object', () => {
    for (const saved of ['null', '42', '"text"', 'true', '[]']) {
      expect(restoreWindowState(saved, [PRIMARY]), saved).toEqual(DEFAULT_WINDOW_STATE);
    }
  });

  it('ignores fields of the wrong type', () => {
    const saved = JSON.stringify({ x: '10', y: null, width: 'wide', height: Infinity, maximized: 'yes' });
    expect(restoreWindowState(saved, [PRIMARY])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('keeps a position that is on a current display', () => {
    const saved = serializeWindowState({ x: 100, y: 50, width: 1400, height: 900, maximized: true });
    expect(restoreWindowState(saved, [PRIMARY])).toEqual({ x: 100, y: 50, width: 1400, height: 900, maximized: true });
  });

  it('keeps a position on a second display left of the primary one', () => {
    const saved = serializeWindowState({ x: -1500, y: 100, width: 1200, height: 800, maximized: false });
    expect(restoreWindowState(saved, [PRIMARY, LEFT_MONITOR])).toMatchObject({ x: -1500, y: 100 });
  });

  it('drops a position on a display that no longer exists but keeps the size', () => {
    const saved = serializeWindowState({ x: 2500, y: 100, width: 1400, height: 900, maximized: false });
    const state = restoreWindowState(saved, [PRIMARY]);
    expect(state.x).toBeUndefined();
    expect(state.y).toBeUndefined();
    expect(state).toEqual({ width: 1400, height: 900, maximized: false });
  });

  it('drops a position whose title bar is above or below every display', () => {
    expect(restoreWindowState(JSON.stringify({ x: 100, y: -200, width: 1200, height: 800 }), [PRIMARY]).y).toBeUndefined();
    expect(restoreWindowState(JSON.stringify({ x: 100, y: 1030, width: 1200, height: 800 }), [PRIMARY]).y).toBeUndefined();
  });

  it('drops a position when there is no display at all', () => {
    const state = restoreWindowState(JSON.stringify({ x: 100, y: 100, width: 1200, height: 800 }), []);
    expect(state).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('raises sizes below the minimum', () => {
    const state = restoreWindowState(JSON.stringify({ width: 500, height: 300, maximized: false }), [PRIMARY]);
    expect(state.width).toBe(MIN_WINDOW_SIZE.width);
    expect(state.height).toBe(MIN_WINDOW_SIZE.height);
  });

  it('rounds fractional values', () => {
    const state = restoreWindowState(JSON.stringify({ x: 10.4, y: 20.6, width: 1300.5, height: 700.2 }), [PRIMARY]);
    expect(state).toMatchObject({ x: 10, y: 21, width: 1301, height: 700 });
  });

  it('round-trips through serializeWindowState', () => {
    const state = { x: 10, y: 20, width: 1300, height: 700, maximized: false };
    expect(restoreWindowState(serializeWindowState(state), [PRIMARY])).toEqual(state);
  });
});
