/**
 * A browser identification string as a person reads it, for 设置: “Chrome 141（Windows）”
 * instead of “Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 …”.
 */
const BROWSERS: ReadonlyArray<[RegExp, string]> = [
  [/Edg\/(\d+)/, 'Edge'],
  [/Electron\/(\d+)/, 'Electron'],
  [/Firefox\/(\d+)/, 'Firefox'],
  [/Chromium\/(\d+)/, 'Chromium'],
  [/Chrome\/(\d+)/, 'Chrome'],
];

const SYSTEMS: ReadonlyArray<[RegExp, string]> = [
  [/Windows NT 10/, 'Windows 10 或更新'],
  [/Windows NT 6\.1/, 'Windows 7'],
  [/Windows/, 'Windows'],
  [/UOS|uos/, '统信 UOS'],
  [/Kylin|kylin/, '银河麒麟'],
  [/Mac OS X/, 'macOS'],
  [/Linux/, 'Linux'],
];

export function readableRuntime(userAgent: string): string {
  const browser = BROWSERS.map(([pattern, name]) => {
    const match = pattern.exec(userAgent);
    return match ? `${name} ${match[1]}` : undefined;
  }).find(Boolean);
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const arch = /aarch64|arm64/i.test(userAgent) ? 'ARM64' : /x86_64|x64|Win64|amd64/i.test(userAgent) ? 'x64' : '';
  if (!browser && !system) return '未知浏览器';
  return `${browser ?? '浏览器'}（${[system ?? '未知系统', arch].filter(Boolean).join('，')}）`;
}
