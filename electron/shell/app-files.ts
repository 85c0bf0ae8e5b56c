import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { resolveInside } from '../web/static-files';
import { securityHeaders } from '../web/security-headers';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** Answers an app:// request from the packaged renderer files, with the CSP as a header too. */
export const appFileResponse = async (
  rendererDir: string,
  requestUrl: string,
): Promise<Response> => {
  const url = new URL(requestUrl);
  const file = resolveInside(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
  const body = file ? await readFile(file).catch(() => null) : null;
  if (!file || !body) return new Response('Not found', { status: 404 });
  return new Response(body, {
    status: 200,
    headers: {
      ...securityHeaders,
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    },
  });
};
