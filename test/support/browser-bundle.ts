import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Bundles a page script (TypeScript, importing the app's own modules) into one classic script.
 * `production`: minified, with React's production build, as the app's own build ships it.
 */
export async function bundleForBrowser(entry: string, { production = false } = {}): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
    jsx: 'automatic',
    minify: production,
    define: { __APP_VERSION__: JSON.stringify('tools'), ...(production ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {}) },
  });
  return result.outputFiles[0]!.text;
}

/** A bare page that runs one bundled script; served beside the renderer, so it shares its origin. */
export function scriptPage(title: string, body: string, scriptPath: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>
<style>body{font:16px/1.7 system-ui,"Microsoft YaHei",sans-serif;margin:48px;color:#262626}a{color:#c41d1d}</style></head>
<body>${body}<script src="${scriptPath}"></script></body></html>`;
}
