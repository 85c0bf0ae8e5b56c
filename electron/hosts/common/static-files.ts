import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { securityHeaders } from './security-headers';

/** The renderer build's file types, for both hosts that serve it (HTTP and app://). */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export const contentTypeOf = (file: string): string =>
  contentTypes[extname(file)] ?? 'application/octet-stream';

/** Resolves a URL path inside root, or null when it would escape it. */
export const resolveInside = (root: string, urlPath: string): string | null => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = normalize(join(root, decoded));
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
};

/**
 * The file of the built renderer a URL path names, or null. Source maps would hand out the whole
 * source tree; a build that made some still keeps them, so they are never served.
 */
export const rendererFileOf = (root: string, urlPath: string): string | null => {
  const file = resolveInside(root, urlPath);
  return file && extname(file) !== '.map' ? file : null;
};

/** Serves one file of the built renderer; false when there is no such file. */
export const serveFile = async (root: string, urlPath: string, res: ServerResponse) => {
  const file = rendererFileOf(root, urlPath);
  if (!file) return false;
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return false;
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': contentTypeOf(file),
    'Content-Length': info.size,
  });
  createReadStream(file).pipe(res);
  return true;
};
