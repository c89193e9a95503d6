import { fileURLToPath } from 'node:url';
import type { ExtraFile } from '../e2e/support/static-server';
import { bundleForBrowser, scriptPage } from '../support/browser-bundle';

const BODY = `<h2>支部工作台账 · 演示数据</h2>
<p id="status">正在准备…</p>
<p id="choices" hidden><a href="./index.html#/home">打开已有台账</a> · <a href="./demo.html?reset">清除并重新载入演示数据</a></p>`;

/** The loader page and its script, served beside the built renderer at /demo.html. */
export async function demoFiles(): Promise<Record<string, ExtraFile>> {
  const script = await bundleForBrowser(fileURLToPath(new URL('./demo-page.ts', import.meta.url)));
  return {
    '/demo.html': { body: scriptPage('支部工作台账 演示数据', BODY, './demo-page.js'), contentType: 'text/html; charset=utf-8' },
    '/demo-page.js': { body: script, contentType: 'text/javascript; charset=utf-8' },
  };
}
