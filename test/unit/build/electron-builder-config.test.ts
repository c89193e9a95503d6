import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

interface TargetConfig {
  target: string;
  arch?: string[];
}

interface BuilderConfig {
  asar?: boolean;
  files?: string[];
  electronFuses?: Record<string, boolean>;
  win?: { target?: TargetConfig[] };
  linux?: { target?: TargetConfig[] };
}

const require = createRequire(import.meta.url);
const config = require('../../../build/electron-builder.config.cjs') as BuilderConfig;
const packageJson = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  main: string;
  dependencies?: Record<string, string>;
};

describe('electron-builder config', () => {
  it('sets the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('packs the app into an asar archive', () => {
    expect(config.asar).toBe(true);
  });

  it('builds a Windows NSIS installer for x64', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
  });

  it('builds deb and AppImage for Linux, each for x64 and arm64', () => {
    const targets = config.linux?.target ?? [];
    expect(targets.map((t) => t.target).sort()).toEqual(['AppImage', 'deb']);
    for (const target of targets) expect([...(target.arch ?? [])].sort(), target.target).toEqual(['arm64', 'x64']);
  });

  it('ships the built dist folder, including the main entry of package.json', () => {
    const files = config.files ?? [];
    expect(files.some((pattern) => /^dist(\/|$)/.test(pattern))).toBe(true);
    expect(packageJson.main.startsWith('dist/')).toBe(true);
  });

  it('brings no node_modules into the app', () => {
    const included = (config.files ?? []).filter((pattern) => !pattern.startsWith('!'));
    for (const pattern of included) {
      expect(pattern, pattern).not.toMatch(/node_modules/);
      // A root-level catch-all would pick node_modules up as well.
      expect(pattern, pattern).not.toMatch(/^(\*\*?(\/\*\*?)*(\/\*)?|\.\/?|\*\*\/.*)$/);
    }
    // electron-builder adds production dependencies by itself; there must be none.
    expect(Object.keys(packageJson.dependencies ?? {})).toEqual([]);
  });
});
