import Dexie, { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'react';
import { createStore, useStore } from 'zustand';

/**
 * Structural equality of what a screen's query derives: primitives, arrays, plain objects,
 * Maps and Sets (kept counts hold Maps). Anything else is equal only to itself.
 */
export function sameResult(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameResult(item, b[index]));
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map && b instanceof Map) || a.size !== b.size) return false;
    for (const [key, value] of a) if (!b.has(key) || !sameResult(value, b.get(key))) return false;
    return true;
  }
  if (a instanceof Set || b instanceof Set) return a instanceof Set && b instanceof Set && a.size === b.size && [...a].every((item) => b.has(item));
  const plain = (value: object) => [Object.prototype, null].includes(Object.getPrototypeOf(value));
  if (!plain(a) || !plain(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => Object.hasOwn(right, key) && sameResult(left[key], right[key]));
}

interface Remembered {
  deps: readonly unknown[];
  value: unknown;
}

/** The last answer of each remembered query, by name, with the inputs it was made for: the session's, not stored. */
const remembered = createStore<Record<string, Remembered>>(() => ({}));

// Any write to any database of the app (here or in another window) forgets every answer: a screen opened
// after an import or an edit reads afresh, as before, and never shows what was true before the write.
// A screen still open stores its answer again when its live query runs again on that write.
Dexie.on('storagemutated', () => {
  if (Object.keys(remembered.getState()).length > 0) remembered.setState({}, true);
});

const sameDeps = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, index) => sameResult(value, b[index]));

/**
 * `useLiveQuery` for a screen whose data is costly to derive and to render (a city's hundreds
 * of branches): the last answer for the same inputs (`deps`, compared by value) is shown at
 * once when the screen is opened again with nothing written since, and the live query's answer
 * replaces it only when it differs, so an unchanged screen is neither shown loading nor rendered
 * a second time. The query still runs on every visit and on every change of the tables it read,
 * as before. While `deps` change in one visit, the last answer shown stays until the new one
 * comes, as `useLiveQuery` does. A failed query throws in render, as `useLiveQuery` does, for
 * the screen's error boundary.
 */
export function useRememberedLiveQuery<T>(name: string, querier: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [failure, setFailure] = useState<Error>();
  const kept = useStore(remembered, (state) => state[name]);
  const shown = useRef<T | undefined>(undefined);
  useEffect(() => {
    setFailure(undefined);
    const subscription = liveQuery(querier).subscribe({
      next: (value) => {
        const last = remembered.getState()[name];
        if (last && sameDeps(last.deps, deps) && sameResult(last.value, value)) return;
        remembered.setState({ [name]: { deps, value } });
      },
      error: (error: unknown) => setFailure(error instanceof Error ? error : new Error(String(error))),
    });
    return () => subscription.unsubscribe();
    // The querier is a new closure each render; `deps` say when it asks something else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [name, ...deps]);
  if (failure) throw failure;
  if (kept && sameDeps(kept.deps, deps)) shown.current = kept.value as T;
  return shown.current;
}
