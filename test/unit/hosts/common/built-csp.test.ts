import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  metaContentSecurityPolicy,
} from '../../../../electron/hosts/common/security-headers';

const built = new URL('../../../../dist/renderer/index.html', import.meta.url);

describe('the built renderer', () => {
  it('carries the strict CSP, the same one browser mode sends as a header', () => {
    expect(existsSync(built), 'run `npm run build:renderer` first (npm test does)').toBe(true);
    const html = readFileSync(built, 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta?.replace(/\s+/g, ' ')).toBe(metaContentSecurityPolicy);
    expect(contentSecurityPolicy).toContain(metaContentSecurityPolicy);
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy).not.toMatch(/https?:/);
  });

  it('loads no inline script and nothing remote', () => {
    const html = readFileSync(built, 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});
