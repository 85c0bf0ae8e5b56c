import type { ContractClient } from '../../shared/contract';
import { createWebSocketClient } from './websocket-client';

declare global {
  interface Window {
    /** Set by Electron's preload: exactly the contract's functions plus `on`. */
    pagescope?: ContractClient;
  }
}

/**
 * The one place that knows how the renderer reaches the main side: Electron's preload bridge
 * when present, else the browser-mode host's WebSocket (token taken from the page URL).
 */
export const connectClient = (): ContractClient => {
  if (window.pagescope) return window.pagescope;
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return createWebSocketClient(
    `${scheme}://${window.location.host}/ws?token=${encodeURIComponent(token)}`,
  );
};
