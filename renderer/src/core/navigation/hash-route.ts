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

/** A query parameter of the hash route: '#/members?tab=pipeline' → tab = 'pipeline'. */
export function routeQuery(name: string, hash: string = location.hash): string | null {
  const query = hash.split('?')[1];
  return query ? new URLSearchParams(query).get(name) : null;
}

/** The current route's query parameter, re-read when the hash changes. */
export function useRouteQuery(name: string): string | null {
  return useSyncExternalStore(subscribe, () => routeQuery(name));
}

export function navigate(path: string): void {
  location.hash = `#/${path}`;
}
