import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  BLOCKED_REQUEST_URLS,
  applySessionPolicy,
  hardenWebContents,
  secureWebPreferences,
} from '../../../../electron/main/hardening';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer, and sets nothing else (a new preference must be added here on purpose)', () => {
    const prefs = secureWebPreferences('/app/preload.cjs', false);
    expect(prefs).toEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('enables dev tools only when asked', () => {
    expect(secureWebPreferences('/p', true).devTools).toBe(true);
    expect(secureWebPreferences('/p', true).sandbox).toBe(true);
  });
});

type Listener = (event: { preventDefault(): void }, url?: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let windowOpenHandler: ((details: unknown) => unknown) | undefined;
  const contents = {
    setWindowOpenHandler: (handler: (details: unknown) => unknown) => {
      windowOpenHandler = handler;
    },
    on: (event: string, listener: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
  };
  /** Fires `name` like Electron would and reports whether some listener prevented it. */
  const emit = (name: string, url?: string) => {
    const event = { preventDefault: vi.fn() };
    for (const listener of listeners.get(name) ?? []) listener(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  hardenWebContents(contents as unknown as Pick<WebContents, 'setWindowOpenHandler' | 'on'>);
  return { listeners, emit, openWindow: (url: string) => windowOpenHandler?.({ url }) };
}

describe('hardenWebContents', () => {
  it('denies every new window', () => {
    const { openWindow } = fakeContents();
    expect(openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(openWindow('app://branch-ledger/index.html')).toEqual({ action: 'deny' });
  });

  it('prevents navigation away from the app', () => {
    const { emit } = fakeContents();
    expect(emit('will-navigate', 'https://example.com')).toBe(true);
    expect(emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(emit('will-navigate', 'app://other/index.html')).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>1</script>', 'app://branch-ledger.evil.example/', 'app://x@evil.example/', 'http://branch-ledger/', 'not a url']) {
      expect(emit('will-navigate', url), url).toBe(true);
    }
  });

  it('allows navigation inside the app', () => {
    const { emit, listeners } = fakeContents();
    expect(listeners.get('will-navigate')).toHaveLength(1);
    expect(emit('will-navigate', 'app://branch-ledger/index.html#/members')).toBe(false);
  });

  it('prevents redirects away from the app', () => {
    const { emit } = fakeContents();
    expect(emit('will-redirect', 'https://example.com/')).toBe(true);
    expect(emit('will-redirect', 'app://branch-ledger/index.html')).toBe(false);
  });

  it('prevents attaching a <webview>', () => {
    const { emit, listeners } = fakeContents();
    expect(listeners.get('will-attach-webview')).toHaveLength(1);
    expect(emit('will-attach-webview')).toBe(true);
  });
});

describe('applySessionPolicy', () => {
  function fakeSession() {
    const captured: {
      request?: (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
      check?: (...args: unknown[]) => boolean;
      filter?: { urls: string[] };
      beforeRequest?: (details: unknown, callback: (response: { cancel?: boolean }) => void) => void;
    } = {};
    const session = {
      setPermissionRequestHandler: (handler: typeof captured.request) => {
        captured.request = handler;
      },
      setPermissionCheckHandler: (handler: typeof captured.check) => {
        captured.check = handler;
      },
      webRequest: {
        onBeforeRequest: (filter: { urls: string[] }, listener: typeof captured.beforeRequest) => {
          captured.filter = filter;
          captured.beforeRequest = listener;
        },
      },
    };
    applySessionPolicy(session as unknown as Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>);
    return captured;
  }

  it('refuses every permission request', () => {
    const captured = fakeSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      captured.request!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(callback).not.toHaveBeenCalledWith(true);
    }
  });

  it('answers every permission check with false', () => {
    const captured = fakeSession();
    expect(captured.check!({}, 'media', 'app://branch-ledger', {})).toBe(false);
    expect(captured.check!({}, 'clipboard-sanitized-write', 'app://branch-ledger', {})).toBe(false);
  });

  it('cancels every network request (http, https, ws, wss) but leaves app:// alone', () => {
    const captured = fakeSession();
    expect(captured.filter?.urls).toEqual(BLOCKED_REQUEST_URLS);
    const schemes = captured.filter!.urls.map((pattern) => pattern.split('://')[0]);
    expect(schemes).toEqual(expect.arrayContaining(['http', 'https', 'ws', 'wss']));
    expect(schemes).not.toContain('app');
    expect(captured.filter!.urls).not.toContain('<all_urls>');

    const callback = vi.fn();
    captured.beforeRequest!({ url: 'https://example.com/track' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });
});
