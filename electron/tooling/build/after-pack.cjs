// electron-builder afterPack hook: flip Electron's fuses on the packaged binary
// (https://www.electronjs.org/docs/latest/tutorial/fuses) so it cannot run as plain Node, take
// NODE_OPTIONS or --inspect, only loads the app from its integrity-checked ASAR, and gives
// file:// pages no more power than any other page (the app is served from app://).
const path = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

const fuseConfig = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

const executableOf = (context) => {
  const name = context.packager.appInfo.productFilename;
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(context.appOutDir, `${name}.app`);
    case 'win32':
      return path.join(context.appOutDir, `${name}.exe`);
    default:
      return path.join(context.appOutDir, context.packager.executableName);
  }
};

module.exports = async (context) => {
  await flipFuses(executableOf(context), {
    ...fuseConfig,
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === 3,
  });
};
module.exports.fuseConfig = fuseConfig;
