import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export const BUILT_RENDERER = fileURLToPath(new URL('../../../dist/renderer', import.meta.url));

/** A file served from memory beside the renderer's own: the demo's and benchmark's loader pages. */
export interface ExtraFile {
  body: string | Uint8Array;
  contentType: string;
}

export interface ServeOptions {
  root?: string;
  /** 0 (the default) picks a free port; a fixed one keeps the origin, and so the IndexedDB, across runs. */
  port?: number;
  /** By URL path ('/demo.html'). */
  extraFiles?: Record<string, ExtraFile>;
  /** Another built renderer served under a path prefix ('/compare/'), on the same origin and so the same IndexedDB: the benchmark's A/B. */
  mounts?: Record<string, string>;
}

/** Serves the built renderer on 127.0.0.1 (browser mode), as `npm run build` left it. */
export async function serveBuiltRenderer({ root = BUILT_RENDERER, port = 0, extraFiles = {}, mounts = {} }: ServeOptions = {}): Promise<{ url: string; close(): Promise<void> }> {
  try {
    await readFile(path.join(root, 'index.html'));
  } catch {
    throw new Error(`No built renderer at ${root}: run \`npm run build\` first (npm test does).`);
  }
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const extra = extraFiles[pathname];
    if (extra) {
      response.writeHead(200, { 'Content-Type': extra.contentType }).end(extra.body);
      return;
    }
    const prefix = Object.keys(mounts).find((mount) => pathname.startsWith(mount));
    const base = prefix === undefined ? root : path.resolve(mounts[prefix]!);
    const relative = prefix === undefined ? pathname : pathname.slice(prefix.length - 1);
    const file = path.resolve(base, relative === '/' ? 'index.html' : `.${relative}`);
    if (!file.startsWith(base + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
