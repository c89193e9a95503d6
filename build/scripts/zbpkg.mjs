// The zbpkg command line on Node: bundles shared/sync/cli (pure TypeScript, the same code
// the app runs) with esbuild, then runs it with Node's file system.
// Usage: npm run zbpkg -- verify <file> [--key <keyfile>] | inspect <file> | demo <dir>
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Under node_modules/.cache, the usual place for generated tool files: never committed. One
// file per run, removed once loaded, so that two runs at once never read each other's.
const bundled = path.join(root, 'node_modules', '.cache', 'zbpkg', `zbpkg-${process.pid}.mjs`);

await build({
  entryPoints: [path.join(root, 'shared/sync/cli/zbpkg.ts')],
  outfile: bundled,
  bundle: true,
  platform: 'neutral',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  sourcemap: 'inline',
  logLevel: 'error',
});
const { runZbpkg } = await import(pathToFileURL(bundled).href);
await rm(bundled, { force: true });

// Output piped into `head` may close early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const io = {
  readFile: async (file) => new Uint8Array(await readFile(file)),
  writeFile: (file, bytes) => writeFile(file, bytes),
  makeDirectory: (dir) => mkdir(dir, { recursive: true }).then(() => undefined),
  joinPath: (dir, name) => path.join(dir, name),
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

try {
  process.exitCode = await runZbpkg(process.argv.slice(2), io);
} catch (error) {
  // A file that cannot be read or written: say which, in both languages.
  process.stderr.write(`无法读写文件 Cannot read or write a file: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
