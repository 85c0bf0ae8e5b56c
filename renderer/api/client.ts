import type { ContractBridge, ContractClient } from '../../shared/contract';
import { createContractClient } from './contract-client';
import { createWebSocketBridge } from './websocket-client';

declare global {
  interface Window {
    /** Set by Electron's preload: the contract's functions by call id, cancel and the pushes. */
    pagescope?: ContractBridge;
  }
}

/**
 * The browser-mode token, taken out of the address bar (and so out of history, bookmarks and
 * anything that copies the URL) into this page's memory. A reload has no token in its URL: the
 * host's HttpOnly session cookie admits it and its socket instead (electron/hosts/browser/session-cookie.ts).
 */
const takeTokenFromUrl = (): string | null => {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (token === null) return null;
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  return token;
};

/**
 * The one place that knows how the renderer reaches the main side: Electron's preload bridge
 * when present, else the browser-mode host's WebSocket.
 */
export const connectClient = (): ContractClient => {
  if (window.pagescope) return createContractClient(window.pagescope);
  const token = takeTokenFromUrl();
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const query = token === null ? '' : `?token=${encodeURIComponent(token)}`;
  return createContractClient(
    createWebSocketBridge(`${scheme}://${window.location.host}/ws${query}`),
  );
};
