// The zbpkg command line on Node: bundles shared/sync/cli (pure TypeScript, the same code
// the app runs) with esbuild in memory, then runs it with Node's file system.
// Usage: npm run zbpkg -- verify <file> [--key <keyfile>] | inspect <file> | demo <dir>
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

const bundle = await build({
  entryPoints: [path.join(root, 'shared/sync/cli/zbpkg.ts')],
  bundle: true,
  write: false,
  platform: 'neutral',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  logLevel: 'error',
});
const { runZbpkg } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].contents).toString('base64')}`);

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
