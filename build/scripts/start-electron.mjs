// `npm start`: opens the desktop app. The Electron binary is not fetched by
// `npm install` (npm 11 blocks dependency install scripts, see "allowScripts" in
// package.json), so it is fetched here on first start, and a clear message says
// what to do when that is impossible (no network).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronPackageDir = path.dirname(require.resolve('electron/package.json'));

function electronBinary() {
  try {
    return require('electron');
  } catch {
    return null;
  }
}

let binary = electronBinary();
if (!binary) {
  console.log('首次启动：正在下载 Electron 运行时（约 100 MB），请稍候…');
  const install = spawnSync(process.execPath, [path.join(electronPackageDir, 'install.js')], {
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  });
  binary = install.status === 0 ? electronBinary() : null;
}
if (!binary) {
  console.error(
    [
      '',
      '无法下载 Electron 运行时，桌面程序无法启动。',
      '  · 请确认这台电脑能访问互联网，然后重新运行 npm start；',
      '  · 如需使用镜像，请设置环境变量 ELECTRON_MIRROR 后重试；',
      '  · 没有网络时，可用 npm run web 以浏览器模式运行（功能相同，文件改为下载/上传）。',
      '',
      'Could not download the Electron binary. Connect to the internet (or set ELECTRON_MIRROR) and run `npm start` again,',
      'or use `npm run web` for browser mode.',
    ].join('\n'),
  );
  process.exit(1);
}

const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
