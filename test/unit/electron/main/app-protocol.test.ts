import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Protocol } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  contentTypeFor,
  resolveAppAsset,
  serveRendererOnAppScheme,
} from '../../../../electron/main/app-protocol';
import { APP_SCHEME } from '../../../../shared/app/identity';
import { CONTENT_SECURITY_POLICY } from '../../../../shared/security/content-security-policy';

const ROOT = path.resolve(os.tmpdir(), 'renderer-root');

describe('resolveAppAsset', () => {
  it('maps the root and index.html to index.html', () => {
    const index = path.join(ROOT, 'index.html');
    expect(resolveAppAsset(ROOT, 'app://branch-ledger/')).toBe(index);
    expect(resolveAppAsset(ROOT, 'app://branch-ledger')).toBe(index);
    expect(resolveAppAsset(ROOT, 'app://branch-ledger/index.html')).toBe(index);
    expect(resolveAppAsset(ROOT, 'app://branch-ledger/index.html?x=1#/members')).toBe(index);
  });

  it('maps an asset path to the file under the root', () => {
    expect(resolveAppAsset(ROOT, 'app://branch-ledger/assets/a.js')).toBe(path.join(ROOT, 'assets', 'a.js'));
    expect(resolveAppAsset(ROOT, 'app://branch-ledger/assets/%E5%9B%BE.png')).toBe(path.join(ROOT, 'assets', '图.png'));
  });

  it('returns null for another host or scheme', () => {
    expect(resolveAppAsset(ROOT, 'app://other/index.html')).toBeNull();
    expect(resolveAppAsset(ROOT, 'https://branch-ledger/index.html')).toBeNull();
    expect(resolveAppAsset(ROOT, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppAsset(ROOT, 'not a url')).toBeNull();
  });

  it('never resolves outside the root for a plain ../ (the URL parser folds it away)', () => {
    const resolved = resolveAppAsset(ROOT, 'app://branch-ledger/../secret');
    expect(resolved).toBe(path.join(ROOT, 'secret'));
    expect(resolveAppAsset(ROOT, 'app://branch-ledger/assets/../../../secret')).toBe(path.join(ROOT, 'secret'));
  });

  it('returns null for a path that decodes to /../secret', () => {
    expect(resolveAppAsset(ROOT, 'app://branch-ledger/..%2fsecret')).toBeNull();
    expect(resolveAppAsset(ROOT, 'app://branch-ledger/..%2F..%2Fetc%2Fpasswd')).toBeNull();
  });

  it('returns null for percent-encoded %2e%2e%2f traversal', () => {
    expect(resolveAppAsset(ROOT, 'app://branch-ledger/%2e%2e%2fsecret')).toBeNull();
    expect(resolveAppAsset(ROOT, 'app://branch-ledger/assets/%2e%2e%2f%2e%2e%2fsecret')).toBeNull();
    expect(resolveAppAsset(ROOT, 'app://branch-ledger/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd')).toBeNull();
  });

  it('returns null for a sibling folder that shares the root as a prefix', () => {
    expect(resolveAppAsset(ROOT, `app://branch-ledger/..%2f${path.basename(ROOT)}-evil%2fx.js`)).toBeNull();
  });

  it('returns null for a NUL byte and for malformed escapes', () => {
    expect(resolveAppAsset(ROOT, 'app://branch-ledger/index.html%00.png')).toBeNull();
    expect(resolveAppAsset(ROOT, 'app://branch-ledger/%E0%A4%A')).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('knows the renderer file types and falls back to octet-stream', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('A.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('x.exe')).toBe('application/octet-stream');
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('makes app:// standard and secure', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe(APP_SCHEME);
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
  });
});

describe('serveRendererOnAppScheme', () => {
  let base: string;
  let root: string;
  let handler: (request: Request) => Response | Promise<Response>;
  let scheme: string | undefined;

  beforeEach(async () => {
    base = await nodeFs.mkdtemp(path.join(os.tmpdir(), 'branch-ledger-protocol-'));
    root = path.join(base, 'renderer');
    await nodeFs.mkdir(path.join(root, 'assets'), { recursive: true });
    await nodeFs.writeFile(path.join(root, 'index.html'), '<!doctype html><title>支部工作台账</title>');
    await nodeFs.writeFile(path.join(root, 'assets', 'a.js'), 'console.log(1)');
    await nodeFs.writeFile(path.join(base, 'secret.txt'), 'top secret');
    const protocol = {
      handle: (s: string, h: typeof handler) => {
        scheme = s;
        handler = h;
      },
    } as unknown as Pick<Protocol, 'handle'>;
    serveRendererOnAppScheme(protocol, root);
  });

  afterEach(async () => {
    await nodeFs.rm(base, { recursive: true, force: true });
  });

  const get = async (url: string) => handler({ url } as Request);

  it('registers on the app scheme', () => {
    expect(scheme).toBe(APP_SCHEME);
  });

  it('serves index.html with status 200, the CSP and text/html', async () => {
    const response = await get('app://branch-ledger/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>支部工作台账</title>');
  });

  it('serves the root as index.html and assets with their type', async () => {
    const home = await get('app://branch-ledger/');
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('支部工作台账');
    const script = await get('app://branch-ledger/assets/a.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('Content-Type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await script.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing file', async () => {
    const response = await get('app://branch-ledger/assets/missing.js');
    expect(response.status).toBe(404);
  });

  it('answers 404 for a folder', async () => {
    expect((await get('app://branch-ledger/assets/')).status).toBe(404);
  });

  it('answers 404 for traversal and never serves the file beside the root', async () => {
    for (const url of ['app://branch-ledger/%2e%2e%2fsecret.txt', 'app://branch-ledger/..%2fsecret.txt', 'app://branch-ledger/../secret.txt']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('top secret');
    }
  });

  it('answers 404 for another host', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
  });
});
