import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FuseV1Options } from '@electron/fuses';

const require = createRequire(import.meta.url);
const builderYml = readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8');

describe('packaging', () => {
  it('describes Linux (AppImage, deb), macOS (dmg) and Windows (nsis) targets', () => {
    expect(builderYml).toMatch(/linux:\s+target:\s+- AppImage\s+- deb/);
    expect(builderYml).toMatch(/mac:\s+target:\s+- dmg/);
    expect(builderYml).toMatch(/win:\s+target:\s+- nsis/);
    expect(builderYml).toMatch(/^asar: true$/m);
  });

  it('flips the Electron fuses after packing, so the app is no generic Node runtime', () => {
    expect(builderYml).toMatch(/^afterPack: electron\/tooling\/build\/after-pack\.cjs$/m);
    const hook = require('../../../electron/tooling/build/after-pack.cjs') as {
      fuseConfig: Record<number, boolean>;
    };
    expect(hook.fuseConfig).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      // file:// pages get no extra powers (the app loads from app://, never file://).
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('ships only the built app, never the sources or the local endpoint tests', () => {
    expect(builderYml).toMatch(/files:\s+- dist\/electron\/\*\*\s+- dist\/renderer\/\*\*/);
  });
});
