import { useSyncExternalStore } from 'react';

/** Hash routing: '#/members' → 'members'. Hash URLs survive reloads under app:// and in browser mode alike. */
export function currentRoutePath(hash: string = location.hash): string {
  return hash.replace(/^#\/?/, '').split(/[?/]/)[0] ?? '';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoutePath(): string {
  return useSyncExternalStore(subscribe, () => currentRoutePath());
}

export function navigate(path: string): void {
  location.hash = `#/${path}`;
}
