import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../shared/security/content-security-policy.ts';
import { DATABASE_NAME } from './src/db/database-name.ts';
import { openDatabaseEarlyScript } from './src/db/open-early.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The built page carries the same CSP as the app:// responses, so browser mode
 * (tests, demos) runs under the policy the desktop app enforces. The dev server
 * goes without: Vite's hot reload needs inline scripts and a WebSocket.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'branch-ledger-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head' },
    ],
  };
}

/**
 * A plain script, first in the page, that opens the database while the app's scripts load
 * (src/db/open-early.ts). Not a module: module scripts wait for each other, this one runs at once.
 */
function openDatabaseEarly(): Plugin {
  const fileName = 'open-database-early.js';
  return {
    name: 'branch-ledger-open-database-early',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: openDatabaseEarlyScript(DATABASE_NAME) });
    },
    transformIndexHtml: () => [{ tag: 'script', attrs: { src: `./${fileName}`, async: true }, injectTo: 'head' }],
  };
}

/**
 * antd's form context (used by Menu through ContextIsolator, by Card, Input …) imports
 * FormProvider from @rc-component/form's index, which builds the whole form (Form, Field,
 * List, useForm, async-validator) as a side effect of loading. FormProvider is its own
 * module there: importing that one keeps the form out of the first screen's script, which
 * shows no form (docs/performance.md, round 6). The same object either way.
 */
function formContextAlone(): Plugin {
  return {
    name: 'branch-ledger-form-context-alone',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source !== '@rc-component/form' || !importer?.replaceAll('\\', '/').endsWith('/antd/es/form/context.js')) return null;
      return this.resolve('@rc-component/form/es/FormContext.js', importer, { skipSelf: true });
    },
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [react(), contentSecurityPolicyMeta(), openDatabaseEarly(), formContextAlone()],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 4096,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
});
