// Reads the relative imports of the source tree as text, without compiling it: the
// layer-boundary test and the import-count report (test/architecture/import-counts.ts)
// both judge the same edges.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Source files below a folder, as paths from the repository root. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Every module specifier a file imports or re-exports, static or dynamic. */
export function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const pattern = /(?:^|\s)(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
  return [...text.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? match[3]!);
}

/** Where a relative import lands, as a path from the repository root (without extension). */
export function target(file: string, specifier: string): string {
  return path.relative(ROOT, path.resolve(ROOT, path.dirname(file), specifier));
}

/** The source file a relative import resolves to, as TypeScript would find it. */
export function resolvedFile(file: string, specifier: string): string {
  const base = target(file, specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  return candidates.find((candidate) => existsSync(path.join(ROOT, candidate)) && statSync(path.join(ROOT, candidate)).isFile()) ?? base;
}

export interface ImportEdge {
  from: string;
  specifier: string;
  /** The imported file, resolved; a bare package name for package imports. */
  to: string;
}

/** The relative imports of every source file below `dir`. */
export function relativeImports(dir: string): ImportEdge[] {
  return sourceFiles(dir).flatMap((from) =>
    importsOf(from)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => ({ from, specifier, to: resolvedFile(from, specifier) })),
  );
}

const RENDERER = path.join('renderer', 'src');

/** The first folder of a renderer path: `app`, `core`, `features`, `shell`, `db`, `platform`… */
export function rendererLayer(file: string): string | undefined {
  const rest = path.relative(RENDERER, file);
  if (rest.startsWith('..')) return undefined;
  const parts = rest.split(path.sep);
  return parts.length > 1 ? parts[0] : undefined;
}

/** The feature a renderer path belongs to (`features/<name>/…`), if any. */
export function featureOf(file: string): string | undefined {
  const parts = path.relative(RENDERER, file).split(path.sep);
  return parts[0] === 'features' && parts.length > 2 ? parts[1] : undefined;
}

/** True for a file inside a `data/` folder of the renderer (repositories and data functions). */
export function isDataFile(file: string): boolean {
  return rendererLayer(file) !== undefined && file.split(path.sep).includes('data');
}

/**
 * Every file `from` reaches through chains of the given imports, each with the file that
 * imports it on the shortest chain (to print the chain that leads to a problem).
 */
export function reachableFrom(from: string, edges: ImportEdge[]): Map<string, string> {
  const importsByFile = new Map<string, string[]>();
  for (const edge of edges) importsByFile.set(edge.from, [...(importsByFile.get(edge.from) ?? []), edge.to]);
  const via = new Map<string, string>();
  const queue = [from];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const next of importsByFile.get(file) ?? []) {
      if (next === from || via.has(next)) continue;
      via.set(next, file);
      queue.push(next);
    }
  }
  return via;
}

/** The import chain from `from` to `to`, as 'a → b → c', read from reachableFrom's answer. */
export function chainTo(from: string, to: string, via: Map<string, string>): string {
  const chain = [to];
  while (chain[0] !== from) chain.unshift(via.get(chain[0]!)!);
  return chain.join(' → ');
}
