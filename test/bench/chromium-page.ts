import { chromium, type Browser } from '@playwright/test';

// The flags playwright.config.ts gives Debian's Chromium on this machine (no network, no GPU).
const ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
