// Runs a TypeScript tool (the demo, the benchmark) under Node: bundles it with esbuild
// next to the sources, so packages resolve from node_modules, then imports it.
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = process.argv[2];
if (!entry) {
  console.error('usage: node build/scripts/run-ts.mjs <entry.ts> [args…]');
  process.exit(2);
}
const outDir = path.join(root, 'dist', 'tools');
mkdirSync(outDir, { recursive: true });
const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);

// Each source keeps its own import.meta.url, so paths it resolves from its folder still hold once bundled.
const ownUrls = {
  name: 'own-import-meta-url',
  setup(context) {
    context.onLoad({ filter: /\.tsx?$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: args.path.endsWith('x') ? 'tsx' : 'ts',
    }));
  },
};
await build({
  entryPoints: [path.resolve(root, entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  plugins: [ownUrls],
  define: { __APP_VERSION__: JSON.stringify('tools') },
});
process.argv.splice(2, 1);
await import(pathToFileURL(outfile).href);
