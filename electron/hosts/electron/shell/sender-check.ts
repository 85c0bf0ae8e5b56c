import { appHost, appScheme } from './window-options';

/** The parts of an IPC sender's frame that decide whether it may call the contract. */
export interface SenderFrame {
  url: string;
  /** null for a top-level frame; sub-frames never get the API. */
  parent: unknown;
}

/** Only the app's own top-level page may call (VS Code's ipcMain does the same check). */
export const isTrustedSender = (frame: SenderFrame | null | undefined): boolean => {
  if (!frame || frame.parent !== null) return false;
  try {
    // URL.origin is "null" for non-special schemes such as app:, so compare the parts.
    const url = new URL(frame.url);
    return url.protocol === `${appScheme}:` && url.host === appHost;
  } catch {
    return false;
  }
};

/** https links to the AWS console open in the user's browser; nothing else is opened. */
export const isAllowedExternalUrl = (raw: string): boolean => {
  try {
    const url = new URL(raw);
    return (
      url.protocol === 'https:' &&
      (url.hostname === 'console.aws.amazon.com' ||
        url.hostname.endsWith('.console.aws.amazon.com'))
    );
  } catch {
    return false;
  }
};
