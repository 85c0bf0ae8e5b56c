import { readFile } from 'node:fs/promises';
import { contentTypeOf, rendererFileOf } from '../../common/static-files';
import { securityHeaders } from '../../common/security-headers';
import { appHost } from './window-options';

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
  const file = rendererFileOf(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
  const body = file ? await readFile(file).catch(() => null) : null;
  if (!file || !body) return notFound();
  return new Response(body, {
    status: 200,
    headers: {
      ...securityHeaders,
      'Content-Type': contentTypeOf(file),
    },
  });
};
