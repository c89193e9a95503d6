import { serveBuiltRenderer } from '../e2e/support/static-server';
import { demoFiles } from './demo-files';

/**
 * `npm run demo`: serves the built renderer in browser mode with a loader page that fills
 * the app's IndexedDB with one generated branch. The port is fixed, so the origin (and the
 * browser's stored demo) stays the same from one run to the next.
 */

const PORT = Number(process.env.DEMO_PORT ?? 5180);
const server = await serveBuiltRenderer({ port: PORT, extraFiles: await demoFiles() });

console.log(`演示已启动：在 Chromium / Edge / Chrome 中打开 ${server.url}demo.html`);
console.log('（载入一个有 40 名党员、5 年记录的演示支部；按 Ctrl+C 结束。）');
