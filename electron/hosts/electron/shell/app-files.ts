import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { resolveInside } from '../../common/static-files';
import { securityHeaders } from '../../common/security-headers';
import { appHost } from './window-options';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const notFound = () => new Response('Not found', { status: 404 });

/**
 * Answers an app:// request from the packaged renderer files, with the CSP as a header too. Only
 * the app's own host is served: any other app:// origin would be a second origin with the
 * scheme's privileges. Source maps are never served.
 */
export const appFileResponse = async (
  rendererDir: string,
  requestUrl: string,
): Promise<Response> => {
  const url = new URL(requestUrl);
  if (url.host !== appHost) return notFound();
  const file = resolveInside(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
  if (file && extname(file) === '.map') return notFound();
  const body = file ? await readFile(file).catch(() => null) : null;
  if (!file || !body) return notFound();
  return new Response(body, {
    status: 200,
    headers: {
      ...securityHeaders,
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    },
  });
};
