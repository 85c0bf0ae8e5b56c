import { describe, expect, it } from 'vitest';
import {
  appEntryUrl,
  windowOptions,
} from '../../../../electron/hosts/electron/shell/window-options';
import {
  isAllowedExternalUrl,
  isTrustedSender,
} from '../../../../electron/hosts/electron/shell/sender-check';

describe('the BrowserWindow options', () => {
  const { webPreferences } = windowOptions('/app/preload.cjs', { packaged: true });

  it('isolate and sandbox the renderer, with no Node in any frame', () => {
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
  });

  it('keep the developer tools for development builds only', () => {
    expect(windowOptions('/app/preload.cjs', { packaged: true }).webPreferences.devTools).toBe(
      false,
    );
    expect(windowOptions('/app/preload.cjs', { packaged: false }).webPreferences.devTools).toBe(
      true,
    );
  });

  it("load the app's own files through its custom protocol", () => {
    expect(appEntryUrl).toBe('app://pagescope/index.html');
  });
});

describe('the IPC sender check', () => {
  it("accepts only the app's own top-level frame", () => {
    expect(isTrustedSender({ url: 'app://pagescope/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://pagescope/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///etc/passwd', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'not a url', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('opens only https AWS console links externally', () => {
    expect(isAllowedExternalUrl('https://console.aws.amazon.com/s3/home')).toBe(true);
    expect(isAllowedExternalUrl('https://eu-west-1.console.aws.amazon.com/ec2/')).toBe(true);
    expect(isAllowedExternalUrl('http://console.aws.amazon.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://console.aws.amazon.com.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('file:///bin/sh')).toBe(false);
  });
});
