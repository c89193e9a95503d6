// electron-builder configuration. Installers: Windows NSIS x64; Linux deb and
// AppImage for x64 and arm64 (UOS / Kylin run on both). Run `npm run dist` on a
// machine with internet access: electron-builder downloads Electron and its tools.

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'cn.branchledger.app',
  productName: '支部工作台账',
  executableName: 'branch-ledger',
  copyright: 'Branch Ledger',
  directories: { output: 'release', buildResources: 'build' },
  // Only the bundled output: renderer libraries are bundled by Vite, so no
  // node_modules are needed inside the app.
  files: ['dist/**/*', '!dist/**/*.map', 'package.json'],
  asar: true,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'build/icon.png',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    shortcutName: '支部工作台账',
    artifactName: 'branch-ledger-${version}-setup-${arch}.${ext}',
  },
  linux: {
    target: [
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ],
    category: 'Office',
    icon: 'build/icon.png',
    maintainer: 'Branch Ledger <branch-ledger@localhost>',
    synopsis: '党支部工作台账',
    description: '党支部“三会一课”、党员、学习与党费台账，离线使用，U 盘报送。',
    artifactName: 'branch-ledger-${version}-${arch}.${ext}',
  },
  deb: { depends: ['libnss3', 'libgtk-3-0', 'libxss1', 'libasound2 | libasound2t64'] },
};
