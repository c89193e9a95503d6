import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { USER_DATA_FOLDER_NAME } from '../../../shared/app/identity';
import { RETENTION } from '../../../shared/backup/retention';
import { NATIONAL_RULE_SET } from '../../../shared/rules/national-rule-set';
import { MASS_DELETE_SHARE } from '../../../shared/rules/sync-safety';
import { LOW_SPACE_BYTES, LOW_SPACE_SHARE } from '../../../shared/storage/storage-space';

// The README's checkable claims, each read against what the code, the configuration or the
// pinned dependencies actually do, so that a claim cannot drift from the code unnoticed.
const root = new URL('../../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');
const readme = read('README.md');
const packageJson = JSON.parse(read('package.json')) as { devDependencies: Record<string, string> };
const electronPackage = JSON.parse(read('node_modules/electron/package.json')) as { version: string; engines: { node: string } };
const builderConfig = createRequire(import.meta.url)('../../../build/electron-builder.config.cjs') as {
  win: { target: { target: string; arch: string[] }[] };
  linux: { target: { target: string; arch: string[] }[] };
};

const majorMinor = (text: string) => text.split('.').slice(0, 2).map(Number) as [number, number];
const atLeast = ([a, b]: [number, number], [c, d]: [number, number]) => a > c || (a === c && b >= d);

/** Electron 23 dropped Windows 7, 8 and 8.1 (Chromium 110); the app pins the major in package.json. */
const lowestWindowsFor = (electronMajor: number) => (electronMajor >= 23 ? 10 : 7);

describe('README claims', () => {
  it('names only Windows versions the pinned Electron runs on, and says Windows 7/8 are not supported', () => {
    const electronMajor = Number(packageJson.devDependencies.electron!.split('.')[0]);
    const supportLine = readme.split('\n').find((line) => line.startsWith('- 支持 Windows'))!;
    const named = [...supportLine.matchAll(/Windows ([\d/.]+)/g)].flatMap((match) => match[1]!.split('/').map(Number));
    expect(named.length).toBeGreaterThan(0);
    for (const version of named) expect(version, supportLine).toBeGreaterThanOrEqual(lowestWindowsFor(electronMajor));
    expect(readme).toMatch(/不支持 Windows 7/);
    for (const match of readme.matchAll(/使用的 Electron (\d+)|Electron (\d+) 的要求/g)) expect(Number(match[1] ?? match[2]), match[0]).toBe(electronMajor);
  });

  it('asks for at least the Node.js that the pinned Electron package declares', () => {
    const claimed = readme.match(/需要 Node\.js (\d+\.\d+) 或更高版本/)![1]!;
    const required = electronPackage.engines.node.match(/(\d+\.\d+)/)![1]!;
    expect(atLeast(majorMinor(claimed), majorMinor(required)), `README ${claimed}, electron ${electronPackage.version} needs ${required}`).toBe(true);
  });

  it('names the installers the build configuration makes', () => {
    expect(builderConfig.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(readme).toContain('NSIS 安装程序（x64）');
    expect(builderConfig.linux.target.map((target) => [target.target, target.arch.join('、')])).toEqual([
      ['deb', 'x64、arm64'],
      ['AppImage', 'x64、arm64'],
    ]);
    expect(readme).toContain('deb 与 AppImage（x64、arm64）');
  });

  it('names the ports the dev server and the demo listen on', () => {
    expect(read('renderer/vite.config.ts')).toContain("host: '127.0.0.1', port: 5173");
    expect(readme).toContain('http://127.0.0.1:5173');
    expect(read('test/demo/demo.ts')).toContain('DEMO_PORT ?? 5180');
    expect(readme).toContain('http://127.0.0.1:5180/demo.html');
  });

  it('names the data folder, the backup retention and the low-space threshold the code uses', () => {
    expect(readme).toContain(`%APPDATA%\\${USER_DATA_FOLDER_NAME}\\`);
    expect(readme).toContain(`~/.config/${USER_DATA_FOLDER_NAME}/`);
    expect(readme).toContain(`保留最近 ${RETENTION.keepLast} 份，另保留近一年内每月 1 份`);
    expect(RETENTION.monthlyFor).toBe(12);
    expect(readme).toContain(`少于 ${LOW_SPACE_BYTES / 1024 / 1024} MB 或可用上限的十分之一`);
    expect(LOW_SPACE_SHARE).toBe(0.1);
  });

  it('names the mass-delete threshold, the study targets and the meeting frequencies of the rule set', () => {
    expect(readme).toContain(`超过 ${MASS_DELETE_SHARE.value * 100}%`);
    const { study, meetings } = NATIONAL_RULE_SET.rules;
    expect(readme).toContain(`党员每年不少于 ${study.memberAnnualHours.value} 学时，支部书记和支部委员 ${study.leaderAnnualHours.value} 学时`);
    expect(readme).toContain(`集中培训 1 天折算 ${study.fullDayHours.value} 学时、半天 ${study.halfDayHours.value} 学时`);
    const period = (rule: { value: { per: string } }) => ({ month: '每月', quarter: '每季度', year: '每年' })[rule.value.per];
    expect(readme).toContain(
      `支委会、党小组会、主题党日${period(meetings.committeeMeeting)}，党员大会、党课${period(meetings.partyLecture)}，组织生活会、民主评议、谈心谈话${period(meetings.heartToHeartTalk)}`,
    );
    expect([meetings.partyGroupMeeting, meetings.themedPartyDay].map(period)).toEqual(['每月', '每月']);
    expect([meetings.partyMemberAssembly].map(period)).toEqual(['每季度']);
    expect([meetings.organizationalLifeMeeting, meetings.democraticAppraisal].map(period)).toEqual(['每年', '每年']);
  });

  it('names the mutation test sizes the test uses', () => {
    expect(read('test/unit/renderer/features/sync/data/import-fuzz.test.ts')).toContain('FULL ? 2500 : 150');
    expect(readme).toContain('2,500 variants');
    expect(readme).toContain('`npm test` runs 150');
  });
});
