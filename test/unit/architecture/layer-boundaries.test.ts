import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { chainTo, featureOf, importsOf, isDataFile, reachableFrom, relativeImports, rendererLayer, ROOT, sourceFiles, target, type ImportEdge } from '../../support/import-graph';

/**
 * Pure packages shared/ may use: they run unchanged in Node and Chromium. @noble/ciphers:
 * synchronous AES-GCM for the fields sealed under the app lock, which must run inside an
 * IndexedDB transaction where WebCrypto's promises would let it commit.
 */
const SHARED_PACKAGE_ALLOWLIST = new Set<string>(['fflate', '@noble/ciphers']);

function packageName(specifier: string): string {
  return specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
}

const NODE_BUILTINS = new Set(builtinModules);
const isNodeBuiltin = (specifier: string) => specifier.startsWith('node:') || NODE_BUILTINS.has(packageName(specifier));

function violations(dir: string, rule: (file: string, specifier: string) => string | undefined): string[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(file).flatMap((specifier) => {
      const problem = rule(file, specifier);
      return problem ? [`${file}: '${specifier}' ${problem}`] : [];
    }),
  );
}

describe('layer boundaries', () => {
  it('finds the imports it checks (the scanner itself works)', () => {
    expect(importsOf('renderer/src/db/database.ts')).toEqual(expect.arrayContaining(['dexie', './schema']));
    expect(sourceFiles('shared').length).toBeGreaterThan(3);
  });

  it('shared/ imports only shared/ and allow-listed pure packages', () => {
    const found = violations('shared', (file, specifier) => {
      if (specifier.startsWith('.')) return target(file, specifier).startsWith('shared') ? undefined : 'leaves shared/';
      return SHARED_PACKAGE_ALLOWLIST.has(packageName(specifier)) ? undefined : 'is not a pure package allowed in shared/';
    });
    expect(found).toEqual([]);
  });

  it('renderer/ never imports Electron, Node or the main process', () => {
    const found = violations('renderer/src', (file, specifier) => {
      if (specifier === 'electron' || isNodeBuiltin(specifier)) return 'is not available in the renderer';
      if (specifier.startsWith('.') && target(file, specifier).startsWith('electron')) return 'reaches into electron/';
      return undefined;
    });
    expect(found).toEqual([]);
  });

  it('electron/ never imports the renderer', () => {
    const found = violations('electron', (file, specifier) =>
      specifier.startsWith('.') && target(file, specifier).startsWith('renderer') ? 'reaches into renderer/' : undefined,
    );
    expect(found).toEqual([]);
  });

  it('screens reach the database only through their feature data layer', () => {
    const found = violations('renderer/src', (file, specifier) =>
      file.endsWith('.tsx') && specifier.startsWith('.') && target(file, specifier).startsWith(path.join('renderer', 'src', 'db'))
        ? 'is the database: go through features/<area>/data'
        : undefined,
    );
    expect(found).toEqual([]);
  });
});

const RENDERER = path.join('renderer', 'src');

/** Each renderer import that breaks a rule, as 'file: specifier problem'. */
function rendererViolations(rule: (edge: ImportEdge) => string | undefined): string[] {
  return relativeImports(RENDERER).flatMap((edge) => {
    const problem = rule(edge);
    return problem ? [`${edge.from}: '${edge.specifier}' ${problem}`] : [];
  });
}

const FEATURES = readdirSync(path.join(ROOT, RENDERER, 'features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** A feature's data entry, `features/<area>/data/index.ts`: what other areas' data code may import (data/ files only). */
const isDataEntry = (file: string) => featureOf(file) !== undefined && file === path.join(RENDERER, 'features', featureOf(file)!, 'data', 'index.ts');
/** A feature's hooks entry, `features/<area>/hooks.ts`: the hooks other areas' hooks and 首页's to-do list use, without the area's screens. */
const isHooksEntry = (file: string) => featureOf(file) !== undefined && file === path.join(RENDERER, 'features', featureOf(file)!, 'hooks.ts');
/** A feature's public entries: its index.ts, its data entry and its hooks entry. Other features import nothing else of it. */
const isPublicEntry = (file: string) =>
  isDataEntry(file) || isHooksEntry(file) || (featureOf(file) !== undefined && file === path.join(RENDERER, 'features', featureOf(file)!, 'index.ts'));

/** What data code must never reach, even through other modules: a screen, shell/ or app/. */
function uiProblem(file: string): string | undefined {
  if (file.endsWith('.tsx')) return 'a screen';
  const layer = rendererLayer(file);
  return layer === 'shell' || layer === 'app' ? `${layer}/` : undefined;
}

/** For each file `starts` picks: the first chain of imports by which it reaches a screen, shell/ or app/, as a message ending in `hint`. */
function chainsToUi(starts: (file: string) => boolean, hint: string): { files: number; found: string[] } {
  const edges = relativeImports(RENDERER);
  const files = [...new Set(edges.map((edge) => edge.from))].filter(starts);
  const found = files.flatMap((file) => {
    const via = reachableFrom(file, edges);
    const reached = [...via.keys()].find((to) => uiProblem(to));
    return reached ? [`${chainTo(file, reached, via)} reaches ${uiProblem(reached)}: ${hint}`] : [];
  });
  return { files: files.length, found };
}

/** Imports of an entry (a data or hooks entry) that leave the entry's own folder. */
function entryOutsideItsFolder(isEntry: (file: string) => boolean, problem: string): string[] {
  return rendererViolations((edge) => (isEntry(edge.from) && !edge.to.startsWith(path.dirname(edge.from) + path.sep) ? problem : undefined));
}

// Arrows point down: app → features → shell → core → db, platform → shared (docs/architecture.md, "Where things live").
describe('renderer layers', () => {
  it('finds the renderer imports it checks', () => {
    const edges = relativeImports(RENDERER);
    expect(edges.some((edge) => rendererLayer(edge.from) === 'features' && rendererLayer(edge.to) === 'core')).toBe(true);
    expect(edges.some((edge) => featureOf(edge.from) && featureOf(edge.to) && featureOf(edge.from) !== featureOf(edge.to))).toBe(true);
    expect(FEATURES.length).toBeGreaterThan(5);
  });

  it('nothing under features/ imports app/', () => {
    expect(rendererViolations((edge) => (rendererLayer(edge.from) === 'features' && rendererLayer(edge.to) === 'app' ? 'is app/: move what features need to core/' : undefined))).toEqual([]);
  });

  it('core/ imports no feature, and neither app/ nor shell/', () => {
    const above = new Set(['features', 'app', 'shell']);
    expect(
      rendererViolations((edge) => (rendererLayer(edge.from) === 'core' && above.has(rendererLayer(edge.to)!) ? `is ${rendererLayer(edge.to)}/, above core/` : undefined)),
    ).toEqual([]);
  });

  it('shell/ imports neither features nor app/', () => {
    const above = new Set(['features', 'app']);
    expect(
      rendererViolations((edge) => (rendererLayer(edge.from) === 'shell' && above.has(rendererLayer(edge.to)!) ? `is ${rendererLayer(edge.to)}/, above shell/` : undefined)),
    ).toEqual([]);
  });

  it('data/ imports no screen (.tsx), shell/ or app/', () => {
    expect(
      rendererViolations((edge) => {
        if (!isDataFile(edge.from)) return undefined;
        if (edge.to.endsWith('.tsx')) return 'is a screen: data code never depends on the UI';
        const layer = rendererLayer(edge.to);
        return layer === 'shell' || layer === 'app' ? `is ${layer}/: data code never depends on the UI` : undefined;
      }),
    ).toEqual([]);
  });

  it('data/ reaches no screen, shell/ or app/ through any chain of imports either', () => {
    const { files, found } = chainsToUi(isDataFile, "import another area's data entry (features/<area>/data)");
    expect(files).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });

  it('a hooks entry reaches no screen, shell/ or app/ through any chain of imports', () => {
    const { files, found } = chainsToUi(isHooksEntry, "a hooks entry loads no screen (import other areas' hooks entries or data entries)");
    expect(files).toBeGreaterThan(5);
    expect(found).toEqual([]);
  });

  it('a hooks entry offers only its own area\'s files', () => {
    expect(entryOutsideItsFolder(isHooksEntry, "is outside this area: a hooks entry re-exports its own area's hooks only")).toEqual([]);
  });

  it('app/todo-sources.ts takes the areas\' to-do hooks from their hooks entries, so the to-do list loads no screen', () => {
    const from = path.join(RENDERER, 'app', 'todo-sources.ts');
    const edges = relativeImports(RENDERER).filter((edge) => edge.from === from && rendererLayer(edge.to) === 'features');
    expect(edges.length).toBeGreaterThan(5);
    expect(edges.filter((edge) => !isHooksEntry(edge.to)).map((edge) => edge.specifier)).toEqual([]);
  });

  it('a feature imports another feature only through its public index.ts (or, from data/, its data entry)', () => {
    expect(
      rendererViolations((edge) => {
        const from = featureOf(edge.from);
        const to = featureOf(edge.to);
        if (!from || !to || from === to) return undefined;
        if (isDataFile(edge.from) && !isDataEntry(edge.to)) return `is not features/${to}/data: data code imports another area only through its data entry`;
        return isPublicEntry(edge.to) ? undefined : `reaches into features/${to}: import it from features/${to} (its index.ts)`;
      }),
    ).toEqual([]);
  });

  it('a data entry offers only its own data/ files', () => {
    expect(entryOutsideItsFolder(isDataEntry, 'is outside this data/ folder: a data entry re-exports its own data files only')).toEqual([]);
  });

  it('every feature has its public index.ts', () => {
    expect(FEATURES.filter((feature) => !sourceFiles(path.join(RENDERER, 'features', feature)).includes(path.join(RENDERER, 'features', feature, 'index.ts')))).toEqual([]);
  });
});

// The first probe loads TypeScript's lib files, which takes seconds on a busy machine.
describe('shared/tsconfig.json', { timeout: 60_000 }, () => {
  const configPath = path.join(ROOT, 'shared', 'tsconfig.json');
  const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, path.dirname(configPath));

  /** Type-checks one extra file placed (virtually) inside shared/ under shared/'s compiler options. */
  function diagnosticsFor(source: string): string[] {
    const probe = path.join(ROOT, 'shared', '__boundary_probe__.ts');
    const host = ts.createCompilerHost(parsed.options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, language, ...rest) =>
      path.resolve(fileName) === probe ? ts.createSourceFile(fileName, source, language) : getSourceFile(fileName, language, ...rest);
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (fileName) => path.resolve(fileName) === probe || fileExists(fileName);
    // Only the probe and the ambient declarations (platform-globals.d.ts): the probe's
    // diagnostics depend on nothing else, and compiling all of shared/ per probe is slow.
    const ambient = parsed.fileNames.filter((fileName) => fileName.endsWith('.d.ts'));
    const program = ts.createProgram([probe, ...ambient], parsed.options, host);
    return ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file && path.resolve(diagnostic.file.fileName) === probe)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  }

  it('compiles the WebCrypto and TextEncoder that both hosts have', () => {
    expect(diagnosticsFor("export const id = crypto.randomUUID(); export const b = new TextEncoder().encode('x');")).toEqual([]);
  });

  it.each([
    ['the DOM', 'export const title = document.title;'],
    ['window', 'export const w = window.innerWidth;'],
    ['Node globals', 'export const env = process.env;'],
    ['Node Buffer', "export const b = Buffer.from('x');"],
    ['Node built-in modules', "import { readFileSync } from 'node:fs'; export const r = readFileSync;"],
  ])('refuses %s', (_what, source) => {
    expect(diagnosticsFor(source).length).toBeGreaterThan(0);
  });
});
