import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appFileResponse } from '../../../../electron/hosts/electron/shell/app-files';

const rendererDir = mkdtempSync(join(tmpdir(), 'pagescope-app-files-'));
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>PageScope</title>');
writeFileSync(join(rendererDir, 'index.js.map'), '{"sources":["../../secret.ts"]}');

describe('the app:// protocol handler', () => {
  it("serves the app's own files, with the CSP", async () => {
    const response = await appFileResponse(rendererDir, 'app://pagescope/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('answers only its own host', async () => {
    for (const url of ['app://evil/index.html', 'app://pagescope.evil/index.html', 'app://x/']) {
      expect((await appFileResponse(rendererDir, url)).status, url).toBe(404);
    }
  });

  it('serves no source maps and nothing outside the renderer folder', async () => {
    expect((await appFileResponse(rendererDir, 'app://pagescope/index.js.map')).status).toBe(404);
    expect((await appFileResponse(rendererDir, 'app://pagescope/%2e%2e/etc/passwd')).status).toBe(
      404,
    );
  });
});
